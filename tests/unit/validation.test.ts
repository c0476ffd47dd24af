import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReports } from '../../src/content/read';

/**
 * Each rule of content validation, exercised on a copy of the real 2021 content with one thing
 * broken, as an editor might break it. Every bad case must give the exact message an editor reads.
 */
const root = new URL('../..', import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Edit = [file: string, from: string | RegExp, to: string];

function check(...edits: Edit[]) {
	const dir = mkdtempSync(join(tmpdir(), 'report-content-'));
	dirs.push(dir);
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
	for (const [file, from, to] of edits) {
		const path = join(dir, 'content/reports/2021', file);
		if (to === '<delete>') rmSync(path);
		else {
			const text = readFileSync(path, 'utf8');
			const changed = text.replace(from, to);
			if (changed === text) throw new Error(`fixture edit did not apply: ${String(from)} in ${file}`);
			writeFileSync(path, changed);
		}
	}
	return readReports(dir);
}

const F = 'content/reports/2021/figures.md';

const cases: { rule: string; edits: Edit[]; errors: string[] }[] = [
	{
		rule: 'a count written as text',
		edits: [['figures.md', 'professionals: 17', 'professionals: "diecisiete"']],
		errors: [`${F} › staff.professionals: is text, not a number (got "diecisiete", expected a whole number, 0 or more, written without quotes)`],
	},
	{
		rule: 'a negative count',
		edits: [['figures.md', 'interns: 7', 'interns: -7']],
		errors: [`${F} › staff.interns: is out of range (got -7, expected a whole number, 0 or more)`],
	},
	{
		rule: 'a count that is not whole',
		edits: [['figures.md', 'newMembers: 3', 'newMembers: 3.5']],
		errors: [`${F} › impact.newMembers: is out of range (got 3.5, expected a whole number, 0 or more)`],
	},
	{
		rule: 'a percentage over 100',
		edits: [['figures.md', 'womenGovernedMetropolises: 16.8', 'womenGovernedMetropolises: 168']],
		errors: [`${F} › impact.womenGovernedMetropolises: is out of range (got 168, expected a percentage from 0 to 100)`],
	},
	{
		rule: 'an ordinal below 1',
		edits: [['figures.md', 'congressEdition: 1', 'congressEdition: 0']],
		errors: [`${F} › voice.congressEdition: is out of range (got 0, expected a whole number, 1 or more (1 for "1st"))`],
	},
	{
		rule: 'a qualifier outside the closed set',
		edits: [['figures.md', 'participants: { value: 2400, qualifier: moreThan }', 'participants: { value: 2400, qualifier: over }']],
		errors: [`${F} › impact.participants.qualifier: is not a known qualifier (got "over", expected one of: exact, moreThan, approximately)`],
	},
	{
		rule: 'the source\'s "+2.4K" typed as text',
		edits: [['figures.md', 'followers: { value: 36400, qualifier: moreThan }', 'followers: "+36400"']],
		errors: [`${F} › impact.followers: is text, not a number (got "+36400", expected { value: 36400, qualifier: moreThan })`],
	},
	{
		rule: 'funding shares that do not add up to 100 (approximate, but still a whole)',
		edits: [['figures.md', 'other: { share: 2 }', 'other: { share: 3 }']],
		errors: [`${F} › funding: the funding shares (59 + 6 + 33 + 3) do not add up to 100 (got 101, expected 100)`],
	},
	{
		rule: 'a gender split where women + men is not 100',
		edits: [['figures.md', '{ women: 52, men: 48 }', '{ women: 52, men: 47 }']],
		errors: [`${F} › genderParity.2: women + men (52 + 47) do not add up to 100 (got 99, expected 100)`],
	},
	{
		rule: 'a part larger than its whole',
		edits: [['figures.md', 'publicationsGender: 21', 'publicationsGender: 25']],
		errors: [
			`${F} › knowledge.publicationsGender: is larger than publications (got 25, expected at most 24: publications with a gender perspective are part of all publications)`,
		],
	},
	{
		rule: 'a misspelt field (never silently dropped)',
		edits: [['figures.md', 'professionals: 17', 'profesionals: 17']],
		errors: [
			`${F} › staff.professionals: is missing (expected a whole number, 0 or more)`,
			`${F} › staff.profesionals: \`profesionals\` is not a known field — did you mean \`professionals\`?`,
		],
	},
	{
		rule: 'a misspelt field inside a figure',
		edits: [['figures.md', '{ value: 169, qualifier: moreThan }', '{ value: 169, qualifer: moreThan }']],
		errors: [`${F} › knowledge.specialists.qualifer: \`qualifer\` is not a known field — did you mean \`qualifier\`?`],
	},
	{
		rule: 'a report year that does not match its folder',
		edits: [['figures.md', 'year: 2021', 'year: 2022']],
		errors: [`${F} › year: does not match its folder (got 2022, expected 2021)`],
	},
	{
		rule: 'unclosed frontmatter',
		edits: [['figures.md', /\n---\s*$/, '\n']],
		errors: [`${F} › (whole file): has a frontmatter block that is never closed (expected a line with only --- after the last field)`],
	},
	{
		rule: 'YAML that cannot be read',
		edits: [['figures.md', '  interns: 7', 'interns 7']],
		errors: [expect.stringMatching(new RegExp(`^${F} › \\(whole file\\): cannot be read at line \\d+: .+ \\(expected valid YAML`)) as unknown as string],
	},
	{
		rule: 'a missing language file',
		edits: [['fr.md', '', '<delete>']],
		errors: ['content/reports/2021/fr.md › (whole file): is missing: every report year needs its French text (es.md, en.md, fr.md)'],
	},
	{
		rule: 'a missing translation of a label',
		edits: [['fr.md', '  staff.interns: Stagiaires\n', '']],
		errors: ['content/reports/2021/fr.md › labels.staff.interns: is missing: the French text has no label for this figure — in Spanish: "Estudiantes en prácticas"'],
	},
	{
		rule: 'a missing translation of a section title',
		edits: [['en.md', '    title: Funding sources\n', '']],
		errors: ['content/reports/2021/en.md › sections.funding.title: is missing from the English text (expected the section title)'],
	},
	{
		rule: 'a misspelt figure id in a sentence, which also loses the figure',
		edits: [['en.md', '{{knowledge.egiCities}}', '{{knowledge.egiCity}}']],
		errors: [
			'content/reports/2021/en.md › items.knowledge.7: cites {{knowledge.egiCity}}, which is not a figure — did you mean {{knowledge.egiCities}}?',
			'content/reports/2021/en.md › items: never cites the figure knowledge.egiCities, so the English page would lose it (expected {{knowledge.egiCities}} in a sentence or a label)',
		],
	},
	{
		rule: 'a translation with a sentence fewer than the Spanish',
		edits: [['fr.md', /    - Direction de \*\*\{\{voice\.campaigns\}\} campagnes mondiales\*\*\n/, '']],
		errors: [
			'content/reports/2021/fr.md › items: never cites the figure voice.campaigns, so the French page would lose it (expected {{voice.campaigns}} in a sentence or a label)',
			'content/reports/2021/fr.md › items.voice: has 4 sentences, but the Spanish text has 5 (expected one translation per sentence)',
		],
	},
	{
		rule: 'a footnote for a figure that does not exist',
		edits: [['es.md', 'items:\n', 'notes:\n  impact.folowers: Redes sociales de Metropolis.\n\nitems:\n']],
		errors: ['content/reports/2021/es.md › notes.impact.folowers: is a note for a figure that does not exist — did you mean `impact.followers`?'],
	},
];

describe('content validation', () => {
	it('accepts the real content, with the source\'s 23-of-30 alliance gap as a warning, not an error', () => {
		const { value, errors, warnings } = readReports(root);
		expect(errors).toEqual([]);
		expect(value!.map((r) => r.year)).toEqual([2021]);
		expect(warnings).toEqual([
			`${F} › alliances.byType: the alliance types add up to 23 (5 + 3 + 8 + 5 + 2), not alliances.active (30); published as in the source, with the editor's note of the alliances section`,
		]);
	});

	it('gives no warning when the alliance types add up to the total', () => {
		const { errors, warnings } = check(['figures.md', 'active: 30', 'active: 23']);
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
	});

	for (const { rule, edits, errors } of cases)
		it(`explains ${rule}`, () => {
			const result = check(...edits);
			expect(result.errors).toEqual(errors);
			expect(result.value).toBeUndefined();
		});

	it('reports every problem at once, across files', () => {
		const broken = check(
			['figures.md', 'interns: 7', 'interns: -7'],
			['figures.md', 'qualifier: moreThan }\n  followers', 'qualifier: more }\n  followers'],
			['en.md', '    title: Funding sources\n', ''],
			['fr.md', 'meta:', 'meta:\n  titre: Rapport'],
		);
		expect(broken.errors.map((e) => e.split(':')[0])).toEqual([
			`${F} › staff.interns`,
			`${F} › impact.participants.qualifier`,
			'content/reports/2021/en.md › sections.funding.title',
			'content/reports/2021/fr.md › meta.titre',
		]);
		// Rules across files (labels, cited figures) need valid figures; then they too come all at once.
		const untranslated = check(['fr.md', '  staff.interns: Stagiaires\n', ''], ['en.md', '{{voice.campaigns}}', '{{voice.campaign}}']);
		expect(untranslated.errors.map((e) => e.split(':')[0])).toEqual([
			'content/reports/2021/en.md › items.voice.4',
			'content/reports/2021/en.md › items',
			'content/reports/2021/fr.md › labels.staff.interns',
		]);
	});

	it('shows a figure source and a translated note as footnotes data', () => {
		const { value, errors } = check(
			['figures.md', 'followers: { value: 36400, qualifier: moreThan }', 'followers: { value: 36400, qualifier: moreThan, source: "Metropolis, 2021" }'],
			['en.md', 'items:\n', 'notes:\n  impact.followers: Across all our social media accounts.\n\nitems:\n'],
		);
		expect(errors).toEqual([]);
		expect(value![0]!.figures['impact.followers']!.source).toBe('Metropolis, 2021');
		expect(value![0]!.text.en.notes).toEqual({ 'impact.followers': 'Across all our social media accounts.' });
	});
});
