import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { messageLanguage, type MessageLanguage } from './language';
import { messagesFor } from './messages';
import { sortProblems, type Problem } from './problems';
import { compareFigures } from './comparison';
import { largestFile, years } from './limits';
import type { Messages } from './messages';
import { distance } from './suggest';
import { checkReport, type ContentFile, type Report } from './report';
import { locales } from '../i18n/config';

export interface ReadOptions {
	/** Where the year folders are (tests point it at fixtures); `content/reports/` by default. */
	dir?: string | undefined;
	/** The language of the messages; from CONTENT_LANG or the system language by default. */
	lang?: MessageLanguage;
}

export interface ReadReports {
	/** Every valid year, newest first, drafts included (the pages decide what to publish). */
	reports: Report[];
	errors: Problem[];
	warnings: Problem[];
}

/**
 * Reads and checks every report year under `content/reports/`: a folder named after the year with
 * `figures.yaml` and one `<lang>.mdx` per language. All problems at once; never throws.
 */
export function readReports(root: string, options: ReadOptions = {}): ReadReports {
	const m = messagesFor(options.lang ?? messageLanguage());
	const dir = options.dir ?? join(root, 'content', 'reports');
	const show = (path: string) => (relative(root, path) || path).split('\\').join('/');
	// A file far larger than a report needs is not read at all (its size is the problem).
	const read = (path: string): ContentFile => {
		const bytes = existsSync(path) ? statSync(path).size : undefined;
		if (bytes !== undefined && bytes > largestFile) return { file: show(path), bytes };
		return { file: show(path), text: bytes === undefined ? undefined : readFileSync(path, 'utf8') };
	};
	const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	const reports: Report[] = [];
	if (!folders.length) errors.push({ file: show(dir), what: m.folder, message: m.noYears });
	for (const year of folders) {
		const folder = join(dir, year);
		if (!isYearFolder(year)) {
			errors.push({ file: show(folder), what: m.folder, message: m.folderNotYear(years.first, years.last) });
			continue;
		}
		const checked = checkReport(
			{
				year,
				figures: read(join(folder, 'figures.yaml')),
				pages: Object.fromEntries(locales.map((l) => [l, read(join(folder, `${l}.mdx`))])) as Parameters<typeof checkReport>[0]['pages'],
			},
			m,
		);
		errors.push(...checked.errors);
		warnings.push(...checked.warnings);
		if (checked.value) reports.push(checked.value);
	}
	reports.sort((a, b) => b.year - a.year);
	for (const r of reports) {
		const previous = previousReport(reports, r);
		r.yearOverYear = yearOverYear(r, previous);
		r.acrossYears = acrossYears(r, previous);
		// A comparison placed in a sentence needs one to say (nothing is said where none is honest).
		for (const page of Object.values(r.pages))
			for (const c of page.changes)
				if (!r.yearOverYear[c.id])
					errors.push({
						file: page.file,
						line: c.line,
						what: `<Change id="${c.id}">`,
						message: previous ? m.changeNotHonest(c.id, previous.year) : m.changeNoPrevious(c.id, r.year - 1),
					});
		if (previous) warnings.push(...reusedIds(r, previous, (year, file) => show(join(dir, String(year), file)), m));
	}
	// A published year with exactly the figures of another is a new year copied and not updated yet
	// (the editor starts a year as a copy of the newest): it would publish last year's numbers as this year's.
	for (const r of reports.filter((r) => !r.draft)) {
		const copied = reports.find((o) => o.year < r.year && sameFigures(o, r));
		if (copied) errors.push({ file: show(join(dir, String(r.year), 'figures.yaml')), line: 1, what: m.whole, message: m.copiedYear(String(r.year), String(copied.year)) });
	}
	return { reports: errors.length ? [] : reports, errors: sortProblems(errors), warnings: sortProblems(warnings) };
}

/** A report year's folder is named after its year, as written: four digits from 1900 to 2100 (`2021`, not `0000` or `02021`). */
export const isYearFolder = (name: string) => /^[1-9]\d{3}$/.test(name) && Number(name) >= years.first && Number(name) <= years.last;

/** What a year is compared with: the year before only, and only a published one (never across a gap year or a draft). */
export const previousReport = (reports: readonly Report[], report: Report) => reports.find((o) => o.year === report.year - 1 && !o.draft);

/**
 * The year before of each chart declared `previousYear: true` (nothing without a year before): each
 * row's figure that year, unless there was none or it is not comparable (declared, or of another kind or
 * currency), then the categories of that year's chart of the same id that this year's has no more.
 */
function acrossYears(report: Report, previous: Report | undefined): Report['acrossYears'] {
	if (!previous) return {};
	const across: Report['acrossYears'] = {};
	const withSource = (id: string) => {
		const f = previous.figures[id]!;
		return { ...f, ...(f.source || f.derived || !previous.source ? {} : { source: previous.source }) };
	};
	for (const chart of report.charts.filter((c) => c.previousYear)) {
		const rows: Report['acrossYears'][string]['rows'] = chart.figures.map((id) => {
			const now = report.figures[id]!;
			const before = previous.figures[id];
			if (!before) return { id, status: 'new' };
			if (report.compare.notComparable.includes(id) || before.kind !== now.kind || before.currency !== now.currency) return { id, status: 'break' };
			return { id, status: 'both', previous: withSource(id) };
		});
		const gone = (previous.charts.find((c) => c.id === chart.id)?.figures ?? []).filter((id) => !chart.figures.includes(id));
		for (const id of gone)
			rows.push({ id, status: 'gone', previous: withSource(id), labels: Object.fromEntries(locales.map((l) => [l, previous.pages[l].labels[id]?.text ?? id])) });
		across[chart.id] = { year: previous.year, rows };
	}
	return across;
}

/** What each figure `compare:` names says against the year before (nothing without a year before). */
function yearOverYear(report: Report, previous: Report | undefined): Report['yearOverYear'] {
	if (!previous) return {};
	const said: Report['yearOverYear'] = {};
	const { change, difference, notComparable } = report.compare;
	for (const [ids, as] of [[change, 'change'], [difference, 'difference']] as const)
		for (const id of ids) {
			const before = previous.figures[id];
			if (notComparable.includes(id)) said[id] = { kind: 'break', year: previous.year };
			else if (!before) said[id] = { kind: 'new', year: previous.year };
			else {
				const c = compareFigures(report.figures[id]!, before, previous.year, as);
				if (c) said[id] = c;
			}
		}
	return said;
}

/**
 * A figure whose id the year before meant something else (another kind, or a Spanish label with little
 * in common): a warning to confirm, since the comparisons and the figure's history read them as one.
 */
function reusedIds(report: Report, previous: Report, file: (year: number, name: string) => string, m: Messages): Problem[] {
	const problems: Problem[] = [];
	for (const [id, f] of Object.entries(report.figures)) {
		const before = previous.figures[id];
		if (!before || f.derived) continue;
		const [label, labelBefore] = [report.pages.es.labels[id]?.text, previous.pages.es.labels[id]?.text];
		const otherKind = before.kind !== f.kind;
		const otherLabel = label && labelBefore && distance(label.toLowerCase(), labelBefore.toLowerCase()) > Math.max(label.length, labelBefore.length) / 2;
		if (otherKind || otherLabel)
			problems.push({ file: file(report.year, 'figures.yaml'), what: `figures.${id}`, figure: id, message: m.reusedId(id, previous.year, otherKind ? `${before.kind} → ${f.kind}` : `«${labelBefore}» → «${label}»`) });
	}
	return problems;
}

/** Whether two years type the same figures with the same values (what a fresh copy of a year has). */
function sameFigures(a: Report, b: Report) {
	const typed = (r: Report) =>
		Object.entries(r.figures)
			.filter(([, f]) => !f.derived)
			.map(([id, f]) => `${id}=${f.value}/${f.kind}/${f.qualifier}`);
	return typed(a).join() === typed(b).join();
}
