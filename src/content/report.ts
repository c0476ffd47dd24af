import { checkFigures } from './figures-file';
import type { Report } from './model';
import type { Messages } from './messages';
import { readPage, type Page, type ReadPage } from './page';
import type { Problem } from './problems';
import { closest, closestFigure } from './suggest';
import { readYaml, yamlProblem } from './yaml';
import { largestFile } from './limits';
import { locales, type Locale } from '../i18n/config';

export type { Report };

export type ContentFile = { file: string; text?: string | undefined; bytes?: number | undefined };

export interface YearFiles {
	year: string;
	/** Path shown to editors, per file, and the file's text (undefined when missing, or not read: then its size). */
	figures: ContentFile;
	pages: Record<Locale, ContentFile>;
}

export interface Checked<T> {
	value?: T | undefined;
	errors: Problem[];
	warnings: Problem[];
}

const tooLarge = (f: ContentFile, m: Messages): Problem => ({ file: f.file, what: m.whole, message: m.fileTooLarge(Math.ceil(f.bytes! / 1024), largestFile / 1024) });

/** Validates one report year: every file, then the rules that span files. Never throws. */
export function checkReport(files: YearFiles, m: Messages): Checked<Report> {
	const errors: Problem[] = [];
	const warnings: Problem[] = [];

	// figures.yaml
	const ff = files.figures;
	let data: ReturnType<typeof checkFigures>['value'];
	let known: ReturnType<typeof checkFigures>['known'] | undefined;
	let figuresLine: (path: PropertyKey[], atKey?: boolean) => number | undefined = () => undefined;
	if (ff.bytes !== undefined) errors.push(tooLarge(ff, m));
	else if (ff.text === undefined) errors.push({ file: ff.file, what: m.whole, message: m.figuresMissing });
	else {
		const yaml = readYaml(ff.text);
		if ('problem' in yaml) errors.push({ file: ff.file, line: yaml.line, what: m.whole, message: yamlProblem(yaml, m) });
		else {
			const checked = checkFigures(yaml.data, m);
			const at = (list: typeof checked.issues) =>
				list.map((i) => ({ file: ff.file, line: yaml.lineOf(i.path, i.atKey), what: i.what ?? (i.path.join('.') || m.whole), message: i.message, figure: i.figure }));
			errors.push(...at(checked.issues));
			warnings.push(...at(checked.warnings));
			data = checked.value;
			known = checked.known;
			figuresLine = yaml.lineOf;
		}
	}

	// One MDX file per language.
	const read: Partial<Record<Locale, ReadPage>> = {};
	const fileNames = locales.map((l) => `${l}.mdx`).join(', ');
	for (const lang of locales) {
		const f = files.pages[lang];
		if (f.bytes !== undefined) errors.push(tooLarge(f, m));
		else if (f.text === undefined) errors.push({ file: f.file, what: m.whole, message: m.pageMissing(lang, fileNames) });
		else {
			read[lang] = readPage(f.file, f.text, m);
			errors.push(...read[lang].problems);
			warnings.push(...read[lang].warnings);
		}
	}
	if (!known) return { errors, warnings };

	// Names used in the pages exist in figures.yaml (as far as it could be read).
	const ids = known.figures;
	const chartIds = known.charts;
	for (const lang of locales) {
		const r = read[lang];
		if (!r) continue;
		for (const ref of r.references) {
			if ((ref.kind === 'figure' ? ids : chartIds).includes(ref.id)) continue;
			let message: string;
			if (ref.kind === 'chart') message = m.mdx.unknownChart(ref.id, closest(ref.id, chartIds), chartIds);
			else {
				// Never a figure beside it: cited on the same line, or declared with it in a rule or chart.
				const beside = [...r.references.filter((o) => o !== ref && o.line === ref.line).map((o) => o.id), ...(known.ties.get(ref.id) ?? [])];
				const guess = closestFigure(ref.id, ids, beside);
				message = ref.what.startsWith('labels.') || ref.what.startsWith('notes.') ? m.labelUnknown(ref.id, guess) : m.unknownFigure(ref.id, guess, ids[0]);
			}
			errors.push({ file: files.pages[lang].file, line: ref.line, column: ref.column, what: ref.what, message });
		}
	}
	if (errors.length || !data) return { errors, warnings };

	const pages = Object.fromEntries(locales.map((l) => [l, read[l]!.page!])) as Record<Locale, Page>;
	const figures = data.figures;
	const chartOf = (id: string) => data.charts.find((c) => c.id === id)!;
	/** Every figure a page shows: cited, or a row of a placed chart. */
	const shownBy = (p: Page) => new Set([...data.headline, ...p.cited, ...p.charts.flatMap((c) => chartOf(c.id).figures)]);

	// A figure no language shows: said once, where it is written (it may belong in the texts, or not at all).
	const typed = Object.keys(figures).filter((id) => !figures[id]!.derived);
	const shownAnywhere = new Set(locales.flatMap((l) => [...shownBy(pages[l])]));
	const nowhere = typed.filter((id) => !shownAnywhere.has(id));
	for (const id of nowhere)
		errors.push({ file: files.figures.file, line: figuresLine(['figures', typed.indexOf(id), 'id']), what: `figures.${id}`, message: m.shownNowhere(id), figure: id });

	for (const lang of locales) {
		const page = pages[lang];
		const file = page.file;
		const at = (line: number | undefined, what: string, message: string) => errors.push({ file, line, what, message });

		// Every figure the page shows needs a label in its language: stats, charts and the share image
		// show it, and the open data and downloads describe each figure by it.
		const labelled = new Set([
			...page.cited,
			...page.charts.flatMap((c) => {
				const chart = chartOf(c.id);
				return chart.total ? [...chart.figures, chart.total] : chart.figures;
			}),
			...data.headline,
			...data.share,
		]);
		for (const id of labelled)
			if (!page.labels[id]) at(page.labelsLine, `labels.${id}`, m.labelMissing(lang, id, lang === 'es' ? undefined : pages.es.labels[id]?.text));

		/** Where a figure missing from this page belongs: the line of its section in the Spanish order, if any. */
		const lineFor = (id: string) => {
			const esSection = pages.es.sections.find((s) => s.figures.includes(id) || s.charts.some((c) => chartOf(c).figures.includes(id)));
			return page.sections.find((s) => s.id === esSection?.id)?.line ?? 1;
		};
		// A comparison in a sentence is one content asked for in compare: (how to compare is declared once, there).
		const compared = [...data.compare.change, ...data.compare.difference];
		for (const c of page.changes) if (!compared.includes(c.id)) at(c.line, `<Change id="${c.id}">`, m.changeNotDeclared(c.id));
		// A headline figure is the page's hero already: a second hero (a <Stat>) would repeat it.
		for (const id of page.stats) if (data.headline.includes(id)) at(page.statLines[id], `<Stat id="${id}">`, m.headlineAlsoStat(id));
		// A section's big figures and the chart beside them read in one order, the chart's (figures.yaml).
		for (const section of page.sections)
			for (const c of section.charts) {
				const drawn = chartOf(c).figures;
				const stats = section.figures.filter((id) => page.stats.includes(id) && drawn.includes(id));
				const order = drawn.filter((id) => stats.includes(id));
				if (stats.length > 1 && stats.join() !== order.join())
					warnings.push({ file, line: page.statLines[stats[0]!], what: `<Stat id="${stats[0]}">`, message: m.statsOrder(c, order) });
			}
		const shown = shownBy(page);
		// (A figure the Spanish page shows but this one does not is reported below, as a difference from Spanish.)
		const esShown = lang === 'es' ? new Set<string>() : shownBy(pages.es);
		for (const id of ids) if (!figures[id]!.derived && !nowhere.includes(id) && !shown.has(id) && !esShown.has(id)) at(lineFor(id), id, m.neverShown(lang, id));

		if (lang === 'es') {
			for (const c of data.charts)
				if (!page.charts.some((p) => p.id === c.id))
					errors.push({ file: files.figures.file, line: figuresLine(['charts', c.id], true), what: `charts.${c.id}`, message: m.chartNotPlaced(c.id, file) });
			continue;
		}
		// Every language has the shape of the Spanish source.
		const es = pages.es;
		const sectionIds = page.sections.map((s) => s.id);
		const esSections = es.sections.map((s) => s.id);
		for (const s of es.sections) if (!sectionIds.includes(s.id)) at(1, `<Section id="${s.id}">`, m.sectionMissing(s.id));
		for (const s of page.sections) if (!esSections.includes(s.id)) at(s.line, `<Section id="${s.id}">`, m.sectionExtra(s.id));
		const common = sectionIds.filter((id) => esSections.includes(id));
		if (common.join() !== esSections.filter((id) => sectionIds.includes(id)).join()) at(page.sections[0]?.line ?? 1, '<Section>', m.sectionOrder(esSections.join(', ')));
		// What a missing section holds is not listed again, figure by figure.
		const inMissingSection = (id: string) => {
			const section = es.sections.find((s) => s.figures.includes(id) || s.charts.includes(id));
			return section !== undefined && !sectionIds.includes(section.id);
		};
		for (const c of es.charts) if (!inMissingSection(c.id) && !page.charts.some((p) => p.id === c.id)) at(page.sections.find((s) => s.id === c.section)?.line ?? 1, `<Chart id="${c.id}">`, m.chartMissing(c.id));
		for (const c of page.charts) if (!es.charts.some((p) => p.id === c.id)) at(c.line, `<Chart id="${c.id}">`, m.chartExtra(c.id));
		for (const id of es.cited) if (!inMissingSection(id) && !page.cited.includes(id)) at(lineFor(id), id, m.citedMissing(id));
		for (const id of page.cited) if (!es.cited.includes(id)) at(page.sections.find((s) => s.figures.includes(id))?.line ?? 1, id, m.citedExtra(id));
	}
	if (errors.length) return { errors, warnings };
	// A section shows the figures of its charts too (for footnotes and the downloads' section column).
	for (const page of Object.values(pages))
		for (const s of page.sections) for (const c of s.charts) for (const id of chartOf(c).figures) if (!s.figures.includes(id)) s.figures.push(id);
	// Year over year needs the other years: read.ts fills it in once every year is read.
	return { value: { year: Number(files.year), draft: data.draft, figures, charts: data.charts, headline: data.headline, share: data.share, licence: data.licence, compare: data.compare, source: data.source, yearOverYear: {}, acrossYears: {}, pages }, errors, warnings };
}
