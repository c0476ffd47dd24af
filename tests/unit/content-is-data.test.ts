import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/problems';
import { check, ES, F, fixture, replace, Y, type Edit } from './fixture-year';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Content is data, never code: what an attacker could write in a content file, as `npm run check`
 * and the build read it. Each attack is refused with one plain line (file:line:column › what:
 * message), and the year is not published. The build's own guard and the downloads have their own
 * tests (build.test.ts, open-data.test.ts).
 */

/** The Note at line 40 of the fixture's es.mdx, replaced by `text`. */
const atNote = (text: string): Edit => replace('es.mdx', '<Note>Cifras inventadas para los tests.</Note>', text);

/** One problem, its first words as staff read them (`content/…/es.mdx:40:1 › what`), and its message. */
function refused(edits: Edit[], lang: 'es' | 'en' = 'es') {
	const result = check(lang, edits);
	expect(result.reports, 'nothing is published').toEqual([]);
	expect(result.errors.map(formatProblem)).toHaveLength(1);
	const [problem] = result.errors;
	return { where: formatProblem(problem!).split(': ')[0], message: problem!.message };
}

const braces = /las llaves \{ \} no se usan en el texto del informe/;

describe('an MDX expression runs code when the site is built: only a comment for the team is accepted', () => {
	// What the parsed program holds decides, never how the text starts and ends.
	const code: [string, string][] = [
		['code between two comments', '{/* a */ globalThis.probe = 1 /* b */}'],
		['code between two empty comments', '{/**/process.exit(1)/**/}'],
		['a dynamic import between comments', "{/* a */ import('node:child_process').then((c) => c.execSync('id')) /* b */}"],
		['a template literal between comments', '{/* a */ `${globalThis.x}` /* b */}'],
		['a line comment, then code on the next line', '{// a note\nglobalThis.probe = 1}'],
		['a line comment alone (it would swallow the closing brace)', '{// a note\n}'],
		['a number between comments', '{/* a */ 1 /* --> */}'],
		['a unicode-escaped name', '{/* a */ \\u0061lert(1) /* b */}'],
		['void between comments', '{/* a */ void 0 /* b */}'],
		['empty braces', '{ }'],
	];
	for (const [name, expression] of code)
		it(`refuses ${name}`, () => {
			const { where, message } = refused([atNote(expression)]);
			expect(where).toBe(`${ES}:40:1 › { }`);
			expect(message).toMatch(braces);
		});

	it('refuses code in braces inside a sentence, and inside a component', () => {
		const inSentence = refused([replace('es.mdx', 'presenciales.', 'presenciales {/* a */ globalThis.probe = 1 /* b */}.')]);
		expect(inSentence.where).toBe(`${ES}:25:132 › { }`);
		const inNote = refused([atNote('<Note>Texto {/* a */ globalThis.probe = 1 /* b */}</Note>')]);
		expect(inNote.where).toBe(`${ES}:40:13 › { }`);
	});

	it('accepts comments for the team, one or several, over several lines', () => {
		for (const comment of ['{/* una nota */}', '{/* una */ /* y otra */}', '{/*\n  una nota\n  en dos líneas\n*/}']) {
			const result = check('es', [atNote(`<Note>Cifras inventadas.</Note>\n\n${comment}`)]);
			expect(result.errors.map(formatProblem), comment).toEqual([]);
		}
	});

	it('refuses import and export, whatever they hold', () => {
		for (const esm of [
			'export const x = globalThis.probe = 1',
			"import { execSync } from 'node:child_process'",
			'export default function Page() { return null }',
		])
			expect(refused([atNote(esm)]).where, esm).toBe(`${ES}:40:1 › (archivo)`);
	});

	it('refuses raw HTML out of the page: set:html, set:text, Fragment, fragments, HTML tags', () => {
		const meta = '&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example/&quot;&gt;';
		expect(refused([atNote(`<Note set:html="${meta}">x</Note>`)]).where).toBe(`${ES}:40:1 › <Note> set:html`);
		expect(refused([atNote('<Note set:text="x">x</Note>')]).where).toBe(`${ES}:40:1 › <Note> set:text`);
		expect(refused([atNote(`<Fragment set:html="${meta}" />`)]).where).toBe(`${ES}:40:1 › <Fragment>`);
		expect(refused([atNote('<>texto</>')]).where).toBe(`${ES}:40:1 › <>`);
		expect(refused([atNote('<meta http-equiv="refresh" content="0;url=https://evil.example/" />')]).where).toBe(`${ES}:40:1 › <meta>`);
		expect(refused([atNote('<Note.Raw>x</Note.Raw>')]).where).toBe(`${ES}:40:1 › <Note.Raw>`);
	});

	it('refuses attributes that are code: in braces, or spread', () => {
		expect(refused([replace('es.mdx', '<Stat id="team.staff" />', '<Stat id={globalThis.probe = "team.staff"} />')]).where).toBe(
			`${ES}:20:1 › <Stat> id`,
		);
		expect(refused([replace('es.mdx', '<Stat id="team.staff" />', '<Stat id="team.staff" {...globalThis} />')]).where).toBe(
			`${ES}:20:1 › <Stat>`,
		);
	});
});

describe('links lead to the web, an e-mail, a phone, this site or this page; nothing else', () => {
	const bad: [string, string][] = [
		['javascript:', '[pulsa](javascript:alert(1))'],
		['JavaScript: in mixed case', '[pulsa](JaVaScRiPt:alert(1))'],
		['javascript: behind a character reference', '[pulsa](&#106;avascript:alert(1))'],
		['javascript: with a named reference for its colon', '[pulsa](javascript&colon;alert(1))'],
		['javascript: with a tab reference inside', '[pulsa](java&#x09;script:alert(1))'],
		['javascript: in angle brackets, after spaces', '[pulsa](< javascript:alert(1)>)'],
		['vbscript:', '[pulsa](vbscript:msgbox(1))'],
		['data:', '[pulsa](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
		['file:', '[pulsa](file:///etc/passwd)'],
		['another host without its scheme', '[pulsa](//evil.example/)'],
		['another host behind a backslash', '[pulsa](/\\evil.example/)'],
		['a relative path', '[pulsa](informe.pdf)'],
	];
	for (const [name, link] of bad)
		it(`refuses ${name}`, () => {
			const { where, message } = refused([atNote(`Más información: ${link}.`)]);
			expect(where).toBe(`${ES}:40:18 › enlace`);
			expect(message).toMatch(
				/no sirve como enlace: un enlace lleva a una web \(https:\/\/…\), un correo \(mailto:…\), un teléfono \(tel:…\)/,
			);
		});

	it('refuses a reference definition that leads nowhere safe, where it is written', () => {
		const { where } = refused([atNote('Más [información][web].\n\n[web]: JAVASCRIPT:alert(1)')]);
		expect(where).toBe(`${ES}:42:1 › enlace`);
	});

	it('says so in English too', () => {
		const { message } = refused([atNote('More: [here](javascript:alert(1)).')], 'en');
		expect(message).toMatch(
			/"javascript:alert\(1\)" cannot be a link: a link leads to a website \(https:\/\/…\), an e-mail \(mailto:…\), a phone \(tel:…\)/,
		);
	});

	it('accepts the web, e-mail, phone, this site and this page', () => {
		const links =
			'[web](https://www.metropolis.org/) [web](HTTP://EXAMPLE.ORG/x) [correo](mailto:info@example.org) [teléfono](tel:+34934000000) [informe](/es/2030/) [equipo](#equipo)';
		expect(check('es', [atNote(links)]).errors.map(formatProblem)).toEqual([]);
	});

	it("refuses a licence whose address is not a web page's, in the data as in the text", () => {
		for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//evil.example/', 'vbscript:x']) {
			const { where, message } = refused([
				replace('figures.yaml', 'share: [team.staff]', `share: [team.staff]\nlicence: { name: CC BY 4.0, url: "${url}" }`),
			]);
			expect(where, url).toBe(`${F}:40 › licence.url`);
			expect(message).toMatch(/no es una dirección web/);
		}
	});
});

describe('numbers, names and files within what a report can show', () => {
	const value = (v: string) => replace('figures.yaml', 'interns\n    value: 3', `interns\n    value: ${v}`);
	const where = `${F}:7 › figures.team.interns.value`;

	it('refuses hexadecimal, octal, exponent and infinite notations, saying what to write', () => {
		for (const [typed, plain] of [
			['0x11', '17'],
			['0o17', '15'],
			['1e3', '1000'],
			['012', '12'],
			['12.', '12'],
		] as const) {
			const result = refused([value(typed)]);
			expect(result.where, typed).toBe(where);
			expect(result.message, typed).toContain(
				`escribe el número con cifras y, si hace falta, un punto para los decimales: value: ${plain}`,
			);
		}
		for (const typed of ['.inf', '-.inf', '.nan', '1e308'])
			expect(refused([value(typed)]).message, typed).toMatch(/escribe el número con cifras/);
		// A "+" is the source's "more than": said as such.
		expect(refused([value('+3')]).message).toContain('escribe value: 3 y qualifier: moreThan');
	});

	it('refuses a number larger than any report shows (a trillion or more), saying the limit', () => {
		const result = refused([value('123456789012345678901234567890')]);
		expect(result.where).toBe(where);
		expect(result.message).toContain('como mucho 999999999999');
		expect(check('es', [value('999999999999')]).errors.map(formatProblem)).toEqual([]);
	});

	it('refuses a label longer than cards, charts and images can show, saying the limit', () => {
		const result = refused([replace('es.mdx', 'team.staff: Personas en plantilla', `team.staff: ${'Personas'.repeat(1250)}`)]);
		expect(result.where).toBe(`${ES}:6 › labels.team.staff`);
		expect(result.message).toMatch(/es demasiado largo \(10000 caracteres\): como mucho 120/);
	});

	it('refuses a section title and a chart caption longer than the page can show', () => {
		expect(refused([replace('es.mdx', 'title="Financiación"', `title="${'Financiación '.repeat(30)}"`)]).where).toBe(
			`${ES}:29:1 › <Section> title`,
		);
		expect(refused([replace('es.mdx', 'Ingresos por fuente', 'Ingresos '.repeat(40))]).where).toBe(`${ES}:37:1 › <Chart id="income">`);
	});

	it('refuses a YAML alias bomb in one line, with no stack trace', () => {
		const bomb = [
			'a: &a [x, x, x, x, x, x, x, x, x]',
			...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
		].join('\n');
		const result = refused([replace('figures.yaml', 'share: [team.staff]', `share: [team.staff]\n${bomb}`)]);
		expect(result.where).toMatch(new RegExp(`^${F}:40 › `));
		expect(result.message).toMatch(/repite con \* un valor/);
	});

	it('refuses a file far larger than a report needs, without reading it as content', () => {
		const result = refused([atNote(`<Note>${'Texto largo. '.repeat(80_000)}</Note>`)]);
		expect(result.where).toBe(`${ES} › (archivo)`);
		expect(result.message).toMatch(/ocupa \d+ KB: como mucho 256 KB/);
	});

	it('takes as a year folder only a year from 1900 to 2100, as the build does', () => {
		for (const folder of ['0000', '0999', '1899', '2101', '20300']) {
			const copy = readFileSync(join(fixture, 'figures.yaml'), 'utf8');
			const result = check('es', [{ write: `${folder}/figures.yaml`, text: copy }]);
			expect(result.errors.map(formatProblem), folder).toEqual([
				`content/reports/${folder} › (carpeta): no es un año: el nombre de la carpeta debe ser un año de 1900 a 2100, como 2022`,
			]);
		}
		expect(Y).toBe('content/reports/2030');
	});
});
