import { figuresSchema, type Figures } from './figures-schema';
import { flattenFigures, figureWarnings, type FigureMap } from './flatten';
import { reportTextSchema, labelText, type ReportText } from './text-schema';
import { labelledFigureIds, itemSections } from './sections';
import { describeIssues, line } from './messages';
import { closest } from './suggest';
import { locales, type Locale } from '../i18n/config';

/** One report year, validated: its figures (by id) and its words in every language. */
export interface Report {
	year: number;
	figures: FigureMap;
	/** Figures as structured in the file, for charts and groups. */
	groups: Figures;
	text: Record<Locale, ReportText>;
}

export interface FileData {
	/** Path shown to editors, relative to the project (e.g. `content/reports/2021/es.md`). */
	file: string;
	/** Parsed frontmatter, or the reason it could not be read, or undefined when the file is missing. */
	data?: unknown;
	problem?: string;
}

export interface ReportFiles {
	folder: string;
	figures: FileData;
	text: Partial<Record<Locale, FileData>>;
}

export interface Checked<T> {
	value?: T | undefined;
	errors: string[];
	warnings: string[];
}

const languageNames: Record<Locale, string> = { es: 'Spanish', en: 'English', fr: 'French' };

/** `{{staff.professionals}}` or, for ordinals, `{{voice.congressEdition|m}}`. */
export const placeholderPattern = /\{\{\s*([\w.]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g;

/** Every string of a text file with its path, to check the figures it cites. */
function strings(value: unknown, path: string[] = []): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, String(i + 1)]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
	return [];
}

function checkText(file: string, text: ReportText, figures: FigureMap, source: ReportText | undefined, lang: Locale): string[] {
	const errors: string[] = [];
	const ids = Object.keys(figures);
	const cited = new Set<string>(Object.keys(text.labels));
	for (const { path, text: s } of strings(text)) {
		for (const [, id, gender] of s.matchAll(placeholderPattern)) {
			if (!figures[id!]) {
				const guess = closest(id!, ids);
				errors.push(line(file, path, `cites {{${id}}}, which is not a figure${guess ? ` — did you mean {{${guess}}}?` : ' (expected an id from figures.md, e.g. {{staff.professionals}})'}`));
			} else cited.add(id!);
			if (gender !== undefined && !['m', 'f'].includes(gender))
				errors.push(line(file, path, `cites {{${id}|${gender}}}, but only |m or |f may follow a figure (the grammatical gender of an ordinal)`));
		}
	}
	// Labels and notes are keyed by figure id: each key must name a figure.
	for (const [field, what] of [['labels', 'a label'], ['notes', 'a note']] as const)
		for (const id of Object.keys(text[field] ?? {}))
			if (!figures[id]) {
				const guess = closest(id, ids);
				errors.push(line(file, `${field}.${id}`, `is ${what} for a figure that does not exist${guess ? ` — did you mean \`${guess}\`?` : ''}`));
			}
	const labelled = new Set(labelledFigureIds(figures));
	for (const id of labelled)
		if (!text.labels[id]) {
			const hint = source && source !== text && source.labels[id] ? ` — in Spanish: "${labelText(source.labels[id])}"` : '';
			errors.push(line(file, `labels.${id}`, `is missing: the ${languageNames[lang]} text has no label for this figure${hint}`));
		}
	for (const [id, f] of Object.entries(figures))
		// A missing label is reported above; say it once.
		if (!f.derived && !cited.has(id) && !labelled.has(id))
			errors.push(line(file, 'items', `never cites the figure ${id}, so the ${languageNames[lang]} page would lose it (expected {{${id}}} in a sentence or a label)`));
	if (source && source !== text)
		for (const section of itemSections)
			if (text.items[section].length !== source.items[section].length)
				errors.push(line(file, `items.${section}`, `has ${text.items[section].length} sentences, but the Spanish text has ${source.items[section].length} (expected one translation per sentence)`));
	return errors;
}

/** Validates one report year: every file, then the rules that span files. Never throws. */
export function checkReport(files: ReportFiles): Checked<Report> {
	const errors: string[] = [];
	const warnings: string[] = [];

	const figuresFile = files.figures;
	let groups: Figures | undefined;
	if (figuresFile.problem) errors.push(line(figuresFile.file, '', figuresFile.problem));
	else if (figuresFile.data === undefined) errors.push(line(figuresFile.file, '', 'is missing (every report year needs a figures.md)'));
	else {
		const parsed = figuresSchema.safeParse(figuresFile.data, { reportInput: true });
		if (parsed.success) groups = parsed.data;
		else errors.push(...describeIssues(figuresFile.file, figuresSchema, parsed.error.issues));
	}
	if (groups && String(groups.year.value) !== files.folder)
		errors.push(line(figuresFile.file, 'year', `does not match its folder (got ${groups.year.value}, expected ${files.folder})`));

	const text: Partial<Record<Locale, ReportText>> = {};
	for (const lang of locales) {
		const f = files.text[lang];
		const file = f?.file ?? `${figuresFile.file.replace(/figures\.md$/, '')}${lang}.md`;
		if (!f || (f.data === undefined && !f.problem)) {
			errors.push(line(file, '', `is missing: every report year needs its ${languageNames[lang]} text (${locales.map((l) => `${l}.md`).join(', ')})`));
			continue;
		}
		if (f.problem) {
			errors.push(line(file, '', f.problem));
			continue;
		}
		const parsed = reportTextSchema.safeParse(f.data, { reportInput: true });
		if (parsed.success) text[lang] = parsed.data;
		else errors.push(...describeIssues(file, reportTextSchema, parsed.error.issues, languageNames[lang]));
	}

	if (!groups) return { errors, warnings };
	const figures = flattenFigures(groups);
	warnings.push(...figureWarnings(groups).map((w) => line(figuresFile.file, w.path, w.message)));
	for (const lang of locales) {
		const t = text[lang];
		if (t) errors.push(...checkText(files.text[lang]!.file, t, figures, text.es, lang));
	}
	if (errors.length) return { errors, warnings };
	return { value: { year: groups.year.value, figures, groups, text: text as Record<Locale, ReportText> }, errors, warnings };
}
