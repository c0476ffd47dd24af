import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Messages } from './messages';
import { ambiguousPoint, plainNumber } from './number-text';

/** YAML read with its line numbers, so every problem can say on which line of the file it is. */
export interface YamlFile {
	data: unknown;
	/** The file line of the value at `path` (or of its key, or of the nearest parent that exists). */
	lineOf: (path: readonly PropertyKey[], key?: boolean) => number | undefined;
}

/** Why a YAML text is not read: its syntax (the parser's words), or an anchor or alias (`&a`, `*a`). */
export interface YamlRefusal {
	problem: string;
	alias?: true;
	line?: number | undefined;
}


/**
 * `firstLine`: the file line where the YAML starts (2 for a data block under its opening ---).
 * Content needs no anchors or aliases (`&a` … `*a`): they are refused, and with them the alias bombs
 * that make a small file expand without end. A number written in another notation (`0x11`, `1e3`,
 * `012`, `+3`, `.inf`) is kept as the text it is, so that the checks say what to write instead of
 * publishing a value nobody typed (`0x11` is 17); so is `1.200`, which may be a thousand two hundred
 * written with a thousands point (YAML reads one point two).
 */
export function readYaml(text: string, firstLine = 1): YamlFile | YamlRefusal {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
	const fileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const error = doc.errors[0];
	if (error) return { problem: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: fileLine(error.pos[0]) };
	let alias: Node | undefined;
	visit(doc, (_, node) => {
		if (isAlias(node) || (isNode(node) && node.anchor)) {
			alias = node as Node;
			return visit.BREAK;
		}
		if (isScalar(node) && typeof node.value === 'number' && node.type === 'PLAIN' && (!plainNumber.test(node.source ?? '') || ambiguousPoint.test(node.source ?? '')))
			node.value = node.source;
		return undefined;
	});
	if (alias) return { problem: 'alias', alias: true, line: alias.range ? fileLine(alias.range[0]) : firstLine };
	let data: unknown;
	try {
		data = doc.toJS() ?? {};
	} catch (e) {
		return { problem: String((e as Error).message), line: firstLine };
	}
	return {
		data,
		lineOf(path, key = false) {
			let node: Node | null | undefined = doc.contents as Node | null;
			let line = node?.range ? fileLine(node.range[0]) : firstLine;
			for (const [i, step] of path.entries()) {
				const last = i === path.length - 1;
				if (isMap(node)) {
					const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
					if (!pair) break;
					const keyNode = pair.key as Node;
					if (keyNode.range) line = fileLine(keyNode.range[0]);
					if (last && key) break;
					node = pair.value as Node | null;
				} else if (isSeq(node) && typeof step === 'number') node = node.items[step] as Node | undefined;
				else break;
				if (node?.range && !(last && key)) line = fileLine(node.range[0]);
			}
			return line;
		},
	};
}

/** What a refused YAML text gets as its message. */
export const yamlProblem = (refusal: YamlRefusal, m: Messages) => (refusal.alias ? m.yamlAlias : m.unreadableYaml(refusal.problem));
