import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFrontmatter } from './frontmatter';
import { checkReport, type Checked, type FileData, type Report } from './report';
import { locales } from '../i18n/config';

/** Reads one content file; a missing file gives `{ file }` alone, which the checks report. */
function readFile(root: string, path: string): FileData {
	const file = relative(root, path).split('\\').join('/');
	if (!existsSync(path)) return { file };
	const read = readFrontmatter(readFileSync(path, 'utf8'));
	return 'problem' in read ? { file, problem: read.problem } : { file, data: read.data };
}

/**
 * Reads and checks every report year under `<root>/content/reports/`. Each year is a folder named
 * after it with `figures.md` and one text file per language.
 */
export function readReports(root: string, reportsDir = join(root, 'content', 'reports')): Checked<Report[]> {
	const folders = existsSync(reportsDir)
		? readdirSync(reportsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
		: [];
	const errors: string[] = [];
	const warnings: string[] = [];
	const reports: Report[] = [];
	if (!folders.length) errors.push(`${relative(root, reportsDir) || reportsDir} › (folder): has no report year (expected a folder such as 2021/)`);
	for (const folder of folders) {
		const dir = join(reportsDir, folder);
		if (!/^\d{4}$/.test(folder)) {
			errors.push(`${relative(root, dir)} › (folder): is not a year (expected a folder named like 2021)`);
			continue;
		}
		const checked = checkReport({
			folder,
			figures: readFile(root, join(dir, 'figures.md')),
			text: Object.fromEntries(locales.map((l) => [l, readFile(root, join(dir, `${l}.md`))])),
		});
		errors.push(...checked.errors);
		warnings.push(...checked.warnings);
		if (checked.value) reports.push(checked.value);
	}
	// Newest first: the language home pages show the latest report.
	reports.sort((a, b) => b.year - a.year);
	return { value: errors.length ? undefined : reports, errors, warnings };
}
