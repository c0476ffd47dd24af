import { parse, YAMLParseError } from 'yaml';

/**
 * Reads the YAML frontmatter of a content file (between the first two `---` lines).
 * Returns the data, or a plain-words problem for the editor.
 */
export function readFrontmatter(source: string): { data: unknown; body: string } | { problem: string } {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---')
		return { problem: 'does not start with a frontmatter block (expected the first line to be ---)' };
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end === -1)
		return { problem: 'has a frontmatter block that is never closed (expected a line with only --- after the last field)' };
	try {
		const data = parse(lines.slice(1, end).join('\n'), { uniqueKeys: true }) ?? {};
		return { data, body: lines.slice(end + 1).join('\n') };
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const [line] = error.linePos ?? [];
			// +1: the opening --- is line 1 of the file.
			const where = line ? `line ${line.line + 1}` : 'the frontmatter';
			return { problem: `cannot be read at ${where}: ${error.message.split('\n')[0]} (expected valid YAML, e.g. "key: value", indented with spaces)` };
		}
		throw error;
	}
}
