import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorPlace, formatProblem, type Problem } from '../../src/content/problems';
import { checkFigures } from '../../src/content/figures-file';
import { messagesFor } from '../../src/content/messages';
import { readReports } from '../../src/content/read';
import type { MessageLanguage } from '../../src/content/language';
import { check, EN, ES, F, fixture, FR, replace, root, type Edit } from './fixture-year';

/**
 * Each rule of content validation, exercised on a small valid year (tests/fixtures/valid/2030/)
 * copied to a temporary `content/reports/2030/` with one thing broken, as an editor might break it.
 * Every bad case checks the file, line and column an editor is sent to, and the key words of the
 * message, in Spanish (the default) and, for some, in English.
 */
/** A problem as expected: where, what about, and the key parts of its message (in order), per language. */
interface Expected {
	file: string;
	line?: number;
	column?: number;
	what: string;
	es: string[];
	en?: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole file or folder is `what` in the language of the messages. */
const whole: Record<string, string> = { '(archivo)': '(file)', '(carpeta)': '(folder)' };
const expected = (p: Expected, lang: MessageLanguage) => ({
	file: p.file,
	line: p.line,
	column: p.column,
	what: lang === 'en' ? (whole[p.what] ?? p.what) : p.what,
	message: expect.stringMatching(new RegExp((lang === 'en' ? p.en! : p.es).map(escape).join('[\\s\\S]*'))),
});
/** What a test compares: the problem without its undefined fields (toEqual treats missing and undefined alike). */
const shape = (p: Problem) => ({ file: p.file, line: p.line, column: p.column, what: p.what, message: p.message });

interface Case {
	rule: string;
	edits: Edit[];
	errors: Expected[];
	warnings?: Expected[];
}

const figureCases: Case[] = [
	{
		rule: 'a figure typed as text as in the source ("+2.4K"), with the form to write instead',
		edits: [replace('figures.yaml', 'interns\n    value: 3', 'interns\n    value: "+2.4K"')],
		errors: [
			{
				file: F,
				line: 7,
				what: 'figures.team.interns.value',
				es: ['es texto, no un número', '"+2.4K"', 'value: 2400 y qualifier: moreThan'],
				en: ['is text, not a number', '"+2.4K"', 'value: 2400 and qualifier: moreThan'],
			},
		],
	},
	{
		rule: 'a figure typed as words',
		edits: [replace('figures.yaml', 'interns\n    value: 3', 'interns\n    value: "tres"')],
		errors: [
			{ file: F, line: 7, what: 'figures.team.interns.value', es: ['es texto, no un número', '"tres"', 'escribe el número sin comillas'] },
		],
	},
	{
		rule: 'a percentage over 100',
		edits: [replace('figures.yaml', 'value: 58', 'value: 158')],
		errors: [
			{
				file: F,
				line: 9,
				what: 'figures.team.women.value',
				es: ['no es válido (pone 158)', 'un porcentaje de 0 a 100'],
				en: ['is not valid (got 158)', 'a percentage from 0 to 100'],
			},
		],
	},
	{
		rule: 'a count that is not a whole number',
		edits: [replace('figures.yaml', 'interns\n    value: 3', 'interns\n    value: 3.5')],
		errors: [{ file: F, line: 7, what: 'figures.team.interns.value', es: ['no es válido (pone 3.5)', 'un número entero, 0 o más'] }],
	},
	{
		rule: 'an amount without its currency',
		edits: [replace('figures.yaml', '    currency: EUR\n', '')],
		errors: [
			{
				file: F,
				line: 23,
				what: 'figures.finance.budget.currency',
				es: ['falta la moneda', 'currency: EUR'],
				en: ['the currency is missing', 'currency: EUR'],
			},
		],
	},
	{
		rule: 'a misspelt top-level field, with a suggestion',
		edits: [replace('figures.yaml', 'share: [team.staff]', 'shares: [team.staff]')],
		errors: [
			{
				file: F,
				line: 39,
				what: 'shares',
				es: ['«shares» no es un campo conocido', '¿querías decir «share»?'],
				en: ['"shares" is not a known field', 'did you mean "share"?'],
			},
		],
	},
	{
		rule: 'shares that do not add up to 100',
		edits: [replace('figures.yaml', 'fees\n    value: 40', 'fees\n    value: 41')],
		errors: [
			{
				file: F,
				line: 30,
				what: 'rules.0',
				es: ['no suman 100', 'income.grants 60 + income.fees 41 = 101'],
				en: ['do not add up to 100', 'income.grants 60 + income.fees 41 = 101'],
			},
		],
	},
	{
		rule: 'a part larger than its whole (and the parts then off their total: a warning)',
		edits: [replace('figures.yaml', 'online\n    value: 3', 'online\n    value: 9')],
		errors: [
			{
				file: F,
				line: 31,
				what: 'rules.1.part',
				es: ['events.online (9) es mayor que events.total (8)', 'una parte no puede superar su total'],
				en: ['events.online (9) is larger than events.total (8)', 'a part cannot be larger than its whole'],
			},
		],
		warnings: [{ file: F, line: 33, what: 'rules.2', es: ['las partes suman 14', 'no events.total (8)'] }],
	},
	{
		rule: 'a computed figure with the name of a typed one',
		edits: [replace('figures.yaml', 'rules:', 'derived:\n  events.total: { sum: [events.online, events.inPerson] }\n\nrules:')],
		errors: [{ file: F, line: 30, what: 'derived.events.total', es: ['ya es una cifra escrita bajo figures'] }],
	},
	{
		rule: 'a figure name in a rule that does not exist, with a suggestion',
		edits: [replace('figures.yaml', 'of: events.total', 'of: events.totl')],
		errors: [
			{
				file: F,
				line: 32,
				what: 'rules.1.of',
				es: ['«events.totl» no es una cifra de figures.yaml', '¿querías decir «events.total»?'],
				en: ['"events.totl" is not a figure of figures.yaml', 'did you mean "events.total"?'],
			},
		],
	},
	{
		rule: 'a chart declared in figures.yaml but placed nowhere',
		edits: [replace('figures.yaml', 'share:', '  team: { type: bar, figures: [team.staff, team.interns] }\n\nshare:')],
		errors: [
			{
				file: F,
				line: 39,
				what: 'charts.team',
				es: ['el gráfico «team» no aparece en content/reports/2030/es.mdx', '<Chart id="team">'],
				en: ['the chart "team" is not placed in content/reports/2030/es.mdx', '<Chart id="team">'],
			},
		],
	},
];

/** Mistakes in the list itself; the pages that cite the lost figure then say so too (not checked here). */
const listCases: Case[] = [
	{
		rule: 'a figure written twice',
		edits: [replace('figures.yaml', '  - id: events.online\n', '  - id: events.total\n')],
		errors: [
			{
				file: F,
				line: 19,
				what: 'figures.events.total',
				es: ['«events.total» ya está en la lista', 'cada cifra se escribe una sola vez'],
				en: ['"events.total" is already in the list', 'each figure is written once'],
			},
			// Then the rules that named the figure no longer find it.
			{ file: F, line: 31, what: 'rules.1.part', es: ['«events.online» no es una cifra de figures.yaml'] },
			{ file: F, line: 33, what: 'rules.2.parts.0', es: ['«events.online» no es una cifra de figures.yaml'] },
		],
		warnings: [{ file: F, line: 33, what: 'rules.2', es: ['las partes suman 5 (events.inPerson 5), no events.total (8)'] }],
	},
	{
		rule: 'a figure name with a space',
		edits: [replace('figures.yaml', 'id: team.women', 'id: team.women staff')],
		errors: [
			{
				file: F,
				line: 8,
				what: 'figures.team.women staff',
				es: ['«team.women staff» no sirve como nombre de cifra', 'p. ej. members.joined'],
			},
		],
	},
	{
		rule: 'a list item that is not a figure (a bare number)',
		edits: [replace('figures.yaml', '  - id: team.staff\n    value: 12\n', '  - 12\n')],
		errors: [
			{ file: F, line: 4, what: 'figures.0', es: ['no es una cifra', '«- id: nombre» con «value: número» debajo'] },
			{ file: F, line: 38, what: 'share.0', es: ['«team.staff» no es una cifra de figures.yaml'] },
		],
	},
	{
		rule: 'a figure with no id',
		edits: [replace('figures.yaml', '  - id: team.staff\n    value: 12\n', '  - value: 12\n')],
		errors: [
			{ file: F, line: 4, what: 'figures.0', es: ['falta', 'el nombre de una cifra'] },
			{ file: F, line: 38, what: 'share.0', es: ['«team.staff» no es una cifra de figures.yaml'] },
		],
	},
];

const mdxCases: Case[] = [
	{
		rule: "a figure placeholder in a chart's subtitle (only the year goes there), and a subtitle too long",
		edits: [
			replace(
				'es.mdx',
				'<Chart id="income">Ingresos por fuente</Chart>',
				'<Chart id="income" subtitle="Porcentaje de {{income.fees}} euros, {{year}}">Ingresos por fuente</Chart>',
			),
			replace(
				'en.mdx',
				'<Chart id="income">Income by source</Chart>',
				`<Chart id="income" subtitle="${'Share of the income of the year. '.repeat(5)}">Income by source</Chart>`,
			),
		],
		errors: [
			{ file: EN, line: 37, column: 1, what: '<Chart> subtitle', es: ['164 caracteres', '160'] },
			{
				file: ES,
				line: 37,
				column: 1,
				what: '<Chart id="income"> subtitle',
				es: ['«{{income.fees}}» no vale en el subtítulo de un gráfico', 'solo vale {{year}}', 'con <Fig id="…" />'],
				en: ['"{{income.fees}}" cannot be used in a chart\'s subtitle', 'only {{year}}'],
			},
		],
	},
	{
		rule: 'a <Lede> that does not open its section (after a block of it), with where it goes',
		edits: [
			replace(
				'es.mdx',
				'<Note>Cifras inventadas para los tests.</Note>',
				'<Note>Cifras inventadas para los tests.</Note>\n\n<Lede>Una entradilla.</Lede>',
			),
		],
		errors: [
			{
				file: ES,
				line: 42,
				column: 1,
				what: '<Lede>',
				es: ['una <Lede> abre su sección', 'justo después de <Section …>'],
				en: ['a <Lede> opens its section', 'right after <Section …>'],
			},
		],
	},
	{
		rule: 'an unknown figure in <Fig>, with a suggestion',
		edits: [replace('es.mdx', '<Fig id="events.online" />', '<Fig id="events.onlin" />')],
		errors: [
			{
				file: ES,
				line: 25,
				column: 52,
				what: '<Fig id="events.onlin">',
				es: ['«events.onlin» no es una cifra de figures.yaml', '¿querías decir «events.online»?'],
				en: ['"events.onlin" is not a figure of figures.yaml', 'did you mean "events.online"?'],
			},
		],
	},
	{
		rule: 'an unknown figure in <Stat>, with a suggestion',
		edits: [replace('en.mdx', '<Stat id="team.interns" />', '<Stat id="team.intern" />')],
		errors: [
			{
				file: EN,
				line: 21,
				column: 1,
				what: '<Stat id="team.intern">',
				es: ['«team.intern» no es una cifra de figures.yaml', '¿querías decir «team.interns»?'],
				en: ['"team.intern" is not a figure of figures.yaml', 'did you mean "team.interns"?'],
			},
		],
	},
	{
		rule: 'a label for a figure that does not exist',
		edits: [replace('fr.mdx', '  team.interns: Stagiaires', '  team.intern: Stagiaires')],
		errors: [
			{
				file: FR,
				line: 7,
				what: 'labels.team.intern',
				es: ['es la etiqueta de una cifra que no existe', '¿querías decir «team.interns»?'],
			},
		],
	},
	{
		rule: 'an unknown chart',
		edits: [replace('es.mdx', '<Chart id="income">', '<Chart id="incomes">')],
		errors: [
			{
				file: ES,
				line: 37,
				column: 1,
				what: '<Chart id="incomes">',
				es: ['no hay un gráfico «incomes» en figures.yaml', '¿querías decir «income»?'],
				en: ['there is no chart "incomes" in figures.yaml', 'did you mean "income"?'],
			},
		],
	},
	{
		rule: 'an unknown component, with a suggestion',
		edits: [replace('es.mdx', '<Note>Cifras inventadas para los tests.</Note>', '<Nota>Cifras inventadas para los tests.</Nota>')],
		errors: [
			{
				file: ES,
				line: 40,
				column: 1,
				what: '<Nota>',
				es: ['<Nota> no es un componente del informe', '¿querías decir <Note>?'],
				en: ['<Nota> is not a report component', 'did you mean <Note>?'],
			},
		],
	},
	{
		rule: 'an unknown attribute, with a suggestion',
		edits: [replace('es.mdx', '<Fig id="events.online" />', '<Fig id="events.online" gendr="f" />')],
		errors: [
			{
				file: ES,
				line: 25,
				column: 52,
				what: '<Fig> gendr',
				es: ['«gendr» no es un atributo de este componente', '¿querías decir «gender»?'],
			},
		],
	},
	{
		rule: 'an unknown attribute, with the ones there are',
		edits: [replace('es.mdx', '<Stat id="team.staff" />', '<Stat id="team.staff" size="big" />')],
		errors: [{ file: ES, line: 20, column: 1, what: '<Stat> size', es: ['«size» no es un atributo de este componente', '(tiene: «id»)'] }],
	},
	{
		rule: 'an attribute value outside its set',
		edits: [replace('es.mdx', '<Fig id="events.online" />', '<Fig id="events.online" gender="x" />')],
		errors: [{ file: ES, line: 25, column: 52, what: '<Fig> gender', es: ['gender="x" no es válido', 'gender="m" o gender="f"'] }],
	},
	{
		rule: 'a missing required attribute',
		edits: [replace('es.mdx', '<Chart id="income">', '<Chart>')],
		errors: [
			{ file: ES, line: 37, column: 1, what: '<Chart>', es: ['falta el atributo id', '<Chart id="income">Ingresos por fuente</Chart>'] },
		],
	},
	{
		rule: 'a raw HTML tag',
		edits: [replace('es.mdx', 'Organizamos', '<span>Organizamos</span>')],
		errors: [
			{
				file: ES,
				line: 25,
				column: 1,
				what: '<span>',
				es: ['<span> es HTML, que no se usa en el informe', '**negrita**', '<Stat>'],
				en: ['<span> is HTML, which the report does not use', '**bold**', '<Stat>'],
			},
		],
	},
	{
		rule: 'a Markdown heading: sections make the headings',
		edits: [replace('es.mdx', 'Organizamos', '### Organizamos')],
		errors: [
			{
				file: ES,
				line: 25,
				column: 1,
				what: 'Markdown',
				es: ['los títulos con # no se usan en el texto', '<Section title="…">'],
				en: ['headings with # are not used in the text', '<Section title="…">'],
			},
		],
	},
	{
		rule: 'a Markdown table, a quote and a separator line: what the report and the editor do not use',
		edits: [replace('es.mdx', '<Note>Cifras inventadas', '| a | b |\n|---|---|\n| 1 | 2 |\n\n> cita\n\n***\n\n<Note>Cifras inventadas')],
		errors: [
			{
				file: ES,
				line: 40,
				column: 1,
				what: 'Markdown',
				es: ['las tablas no se usan en el texto', '<Stats>', '<Chart>'],
				en: ['tables are not used in the text'],
			},
			{ file: ES, line: 44, column: 1, what: 'Markdown', es: ['las citas con > no se usan', '<Note>'] },
			{ file: ES, line: 46, column: 1, what: 'Markdown', es: ['las líneas de separación', '<Section>'] },
		],
	},
	{
		rule: 'an import statement',
		edits: [replace('es.mdx', '---\n\n<Section id="equipo"', '---\nimport Chart from \'./chart.astro\';\n\n<Section id="equipo"')],
		errors: [
			{
				file: ES,
				line: 16,
				column: 1,
				what: '(archivo)',
				es: ['import y export no hacen falta', 'borra esta línea'],
			},
		],
	},
	{
		rule: 'a {expression} in the text (a {/* comment */} is allowed: the fixture has one)',
		edits: [replace('es.mdx', 'presenciales.', 'presenciales {1 + 1}.')],
		errors: [
			{
				file: ES,
				line: 25,
				column: 132,
				what: '{ }',
				es: ['las llaves { } no se usan en el texto del informe', '<Fig id="…" />', '\\{'],
				en: ['braces { } are not used in the report text', '<Fig id="…" />', '\\{'],
			},
		],
	},
	{
		rule: 'a tag never closed',
		edits: [replace('es.mdx', '<Note>Cifras inventadas para los tests.</Note>', '<Note>Cifras inventadas para los tests.')],
		errors: [
			{
				file: ES,
				line: 40,
				column: 1,
				what: '(archivo)',
				es: ['la etiqueta <Note> no se cierra', 'añade </Note>'],
				en: ['the <Note> tag is never closed', 'add </Note>'],
			},
		],
	},
	{
		rule: 'a group closed out of order (an unclosed <Stats>)',
		edits: [replace('es.mdx', '<Stat id="finance.budget" />\n</Stats>', '<Stat id="finance.budget" />')],
		errors: [
			{
				file: ES,
				line: 37,
				column: 1,
				what: '(archivo)',
				es: ['se cierra </Columns> pero la última etiqueta abierta es <Stats>', 'cierra primero </Stats>'],
				en: ['</Columns> closes a tag, but the last open tag is <Stats>', 'close </Stats> first'],
			},
		],
	},
	{
		rule: 'a stray "<"',
		edits: [replace('es.mdx', 'Organizamos', 'Organizamos <10')],
		errors: [
			{
				file: ES,
				line: 25,
				column: 13,
				what: '(archivo)',
				es: ['hay un «<» que no abre una etiqueta válida', 'escribe \\<'],
				en: ['there is a "<" that does not open a valid tag', 'write \\<'],
			},
		],
	},
	{
		rule: 'a stray "{"',
		edits: [replace('es.mdx', 'Organizamos', 'Organizamos {')],
		errors: [
			{
				file: ES,
				line: 25,
				column: 13,
				what: '(archivo)',
				es: ['hay una llave «{» sin cerrar', 'escribe \\{'],
				en: ['there is an unclosed "{"', 'write \\{'],
			},
		],
	},
	{
		rule: 'a misspelt field of the data block, with a suggestion',
		edits: [replace('en.mdx', 'labels:', 'lables:')],
		errors: [
			{
				file: EN,
				line: 5,
				what: 'lables',
				es: ['«lables» no es un campo conocido', '¿querías decir «labels»?'],
				en: ['"lables" is not a known field', 'did you mean "labels"?'],
			},
		],
	},
	{
		rule: 'a file with no data block',
		edits: [replace('fr.mdx', /^---[\s\S]*?\n---\n/, '')],
		errors: [
			{
				file: FR,
				line: 1,
				what: '(archivo)',
				es: ['no empieza con el bloque de datos', 'la primera línea debe ser ---'],
				en: ['does not start with the data block', 'the first line must be ---'],
			},
		],
	},
	{
		rule: 'a figure cited in a sentence with no label (the open data describes every figure by its label)',
		edits: [replace('fr.mdx', '  events.online: Événements en ligne\n', '')],
		errors: [
			{
				file: FR,
				line: 5,
				what: 'labels.events.online',
				es: ['falta la etiqueta de events.online en francés', 'datos descargables', '(en español: «Eventos en línea»)'],
				en: ['the French label of events.online is missing', 'data downloads', '(in Spanish: "Eventos en línea")'],
			},
		],
	},
	{
		rule: 'a licence with no web address',
		edits: [replace('figures.yaml', /^share:/m, 'licence: { name: CC BY 4.0, url: creativecommons }\nshare:')],
		errors: [
			{ file: F, line: 39, what: 'licence.url', es: ['no es una dirección web', 'https://'], en: ['is not a web address', 'https://'] },
		],
	},
];

const acrossCases: Case[] = [
	{
		rule: 'a headline figure also shown as a <Stat>: a second hero, in every language, at its line',
		edits: [replace('figures.yaml', 'share: [team.staff]', 'headline: [team.interns]\nshare: [team.staff]')],
		errors: [EN, ES, FR].map((file) => ({
			file,
			line: 21,
			what: '<Stat id="team.interns">',
			es: [
				'la cifra team.interns ya se muestra arriba del todo',
				'headline: en figures.yaml',
				'quita este <Stat id="team.interns" />',
				'<Fig id="team.interns" />',
			],
			en: [
				'the figure team.interns is already shown at the very top',
				'headline: in figures.yaml',
				'remove this <Stat id="team.interns" />',
			],
		})),
	},
	{
		rule: 'a headline figure that does not exist',
		edits: [replace('figures.yaml', 'share: [team.staff]', 'headline: [team.nobody]\nshare: [team.staff]')],
		errors: [{ file: F, line: 39, what: 'headline.0', es: ['team.nobody'] }],
	},
	{
		rule: 'a Stat with no label in English, with the Spanish label to translate',
		edits: [replace('en.mdx', '  team.interns: Interns\n', '')],
		errors: [
			{
				file: EN,
				line: 5,
				what: 'labels.team.interns',
				es: ['falta la etiqueta de team.interns en inglés', 'bajo labels:', '(en español: «Estudiantes en prácticas»)'],
				en: ['the English label of team.interns is missing', 'under labels:', '(in Spanish: "Estudiantes en prácticas")'],
			},
		],
	},
	{
		rule: 'a figure shown in no language: once, where it is written',
		edits: [replace('figures.yaml', '    value: 5\n', '    value: 5\n  - id: events.cancelled\n    value: 1\n')],
		errors: [
			{
				file: F,
				line: 23,
				what: 'figures.events.cancelled',
				es: [
					'la cifra events.cancelled no se ve en ningún idioma',
					'es.mdx, en.mdx, fr.mdx',
					'<Fig id="events.cancelled" />',
					'bórrala de las cifras',
				],
				en: ['the figure events.cancelled shows in no language', 'es.mdx, en.mdx, fr.mdx', 'delete it from the figures'],
			},
		],
	},
	{
		rule: 'a section in English that the Spanish text does not have',
		edits: [
			replace(
				'en.mdx',
				'<Section id="financiacion"',
				'<Section id="extra" title="Extra">\n\nMore words.\n\n</Section>\n\n<Section id="financiacion"',
			),
		],
		errors: [
			{
				file: EN,
				line: 29,
				what: '<Section id="extra">',
				es: ['la sección id="extra" no está en el texto en español (es.mdx)'],
				en: ['the section id="extra" is not in the Spanish text (es.mdx)'],
			},
		],
	},
	{
		rule: 'a chart of the Spanish text missing in English',
		edits: [replace('en.mdx', '<Chart id="income">Income by source</Chart>\n', '')],
		errors: [
			{
				file: EN,
				line: 29,
				what: '<Chart id="income">',
				es: ['falta el gráfico <Chart id="income">, que está en el texto en español (es.mdx)'],
				en: ['the chart <Chart id="income"> is in the Spanish text (es.mdx) but not here'],
			},
		],
	},
	{
		rule: 'a missing es.mdx',
		edits: [{ delete: 'es.mdx' }],
		errors: [
			{
				file: ES,
				what: '(archivo)',
				es: ['falta el texto en español', 'es.mdx, en.mdx, fr.mdx'],
				en: ['the Spanish text is missing', 'es.mdx, en.mdx, fr.mdx'],
			},
		],
	},
	{
		rule: 'a missing figures.yaml',
		edits: [{ delete: 'figures.yaml' }],
		errors: [{ file: F, what: '(archivo)', es: ['falta el archivo de cifras'] }],
	},
	{
		rule: 'a folder that is not a year',
		edits: [{ write: 'informe-2031/figures.yaml', text: 'figures: [{ id: team.staff, value: 1 }]\n' }],
		errors: [
			{
				file: 'content/reports/informe-2031',
				what: '(carpeta)',
				es: ['no es un año', 'como 2022'],
				en: ['is not a year', 'such as 2022'],
			},
		],
	},
];

describe('content validation', () => {
	it('accepts the valid fixture year (with a {/* comment */}), with no warning', () => {
		expect(readFileSync(join(fixture, 'es.mdx'), 'utf8')).toContain('{/*');
		const { reports, errors, warnings } = check('es', []);
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		expect(reports.map((r) => r.year)).toEqual([2030]);
		const report = reports[0]!;
		expect(report.draft).toBe(false);
		expect(Object.keys(report.figures)).toEqual([
			'team.staff',
			'team.interns',
			'team.women',
			'income.grants',
			'income.fees',
			'events.total',
			'events.online',
			'events.inPerson',
			'finance.budget',
		]);
		expect(report.figures['events.total']).toEqual({ value: 8, kind: 'count', qualifier: 'exact' });
		expect(report.figures['finance.budget']).toMatchObject({ value: 250000, kind: 'amount', currency: 'EUR', source: 'Cuentas de prueba' });
		expect(report.charts).toEqual([{ id: 'income', type: 'donut', figures: ['income.grants', 'income.fees'] }]);
		for (const lang of ['es', 'en', 'fr'] as const) {
			const page = report.pages[lang];
			expect(page.sections.map((s) => s.id)).toEqual(['equipo', 'financiacion']);
			expect(page.charts.map((c) => c.id)).toEqual(['income']);
		}
		expect(report.pages.en.sections.map((s) => s.nav)).toEqual(['Team', 'Funding']);
	});

	it('accepts the real content with no warning: the 2021 source’s alliance gap (23 of 30) is its own figure, named as the rule’s rest', () => {
		const { reports, errors, warnings } = readReports(root, { lang: 'es' });
		expect(errors.map(formatProblem)).toEqual([]);
		expect(reports.map((r) => r.year)).toContain(2021);
		expect(warnings.filter((w) => w.file === 'content/reports/2021/figures.yaml')).toEqual([]);
	});

	it('a parts/total rule with a rest: no warning when parts and rest make the total, an error naming them when they do not', () => {
		const m = messagesFor('es');
		const file = (rest: number) => ({
			source: 'Memoria 2030',
			figures: [
				{ id: 'events.online', value: 3 },
				{ id: 'events.inPerson', value: 4 },
				{ id: 'events.total', value: 8 },
				{ id: 'events.other', value: rest },
			],
			rules: [{ parts: ['events.online', 'events.inPerson'], total: 'events.total', rest: 'events.other' }],
		});
		const right = checkFigures(file(1), m);
		expect([...right.issues, ...right.warnings]).toEqual([]);
		const wrong = checkFigures(file(2), m);
		expect(wrong.warnings).toEqual([]);
		expect(wrong.issues.map((i) => i.message)).toEqual([
			m.partsAndRest('events.online 3 + events.inPerson 4 + events.other 2', 9, 'events.total', 8),
		]);
		// Without a rest, the same gap is only a warning, which says how to name the rest.
		const { rest: _, ...noRest } = file(1).rules[0]!;
		const warned = checkFigures({ ...file(1), rules: [noRest] }, m);
		expect(warned.issues).toEqual([]);
		expect(warned.warnings.map((w) => w.message)).toEqual([expect.stringContaining('rest: cifra')]);
	});

	it('takes a parts/total mismatch as a warning only: the year is still valid', () => {
		const { reports, errors, warnings } = check('es', [replace('figures.yaml', 'inPerson\n    value: 5', 'inPerson\n    value: 4')]);
		expect(errors).toEqual([]);
		expect(reports.map((r) => r.year)).toEqual([2030]);
		expect(warnings.map(shape)).toEqual([
			expected(
				{
					file: F,
					line: 33,
					what: 'rules.2',
					es: ['las partes suman 7 (events.online 3 + events.inPerson 4), no events.total (8)', 'se publica tal cual', '<Note>'],
				},
				'es',
			),
		]);
		const en = check('en', [replace('figures.yaml', 'inPerson\n    value: 5', 'inPerson\n    value: 4')]);
		expect(en.warnings.map(formatProblem)).toEqual([
			`${F}:33 › rules.2: the parts add up to 7 (events.online 3 + events.inPerson 4), not events.total (8); published as it is: explain the gap in a note (<Note>) and, if the report shows it as a figure, name it in the rule with "rest: figure" (this warning goes away)`,
		]);
	});

	const table = (title: string, cases: Case[], only?: string) =>
		describe(title, () => {
			for (const c of cases)
				it(`explains ${c.rule}`, () => {
					// Spanish always; English too where the case gives the English words.
					for (const lang of c.errors.every((e) => e.en) ? (['es', 'en'] as const) : (['es'] as const)) {
						const result = check(lang, c.edits);
						const errors = only ? result.errors.filter((e) => e.file === only) : result.errors;
						expect(errors.map(shape), lang).toEqual(c.errors.map((e) => expected(e, lang)));
						expect(result.reports, 'no report from invalid content').toEqual([]);
						if (lang === 'es') expect(result.warnings.map(shape)).toEqual((c.warnings ?? []).map((w) => expected(w, 'es')));
					}
				});
		});
	table('in figures.yaml', figureCases);
	table('in the list of figures (the problems in figures.yaml)', listCases, F);
	table('in the MDX pages', mdxCases);
	table('across files and folders', acrossCases);

	it('says where a section missing in English belongs (the rest of what is lost comes with it)', () => {
		const { errors } = check('es', [replace('en.mdx', /<Section id="equipo"[\s\S]*?<\/Section>\n\n/, '')]);
		expect(errors.filter((e) => e.what.startsWith('<Section')).map(shape)).toEqual([
			expected(
				{
					file: EN,
					line: 1,
					what: '<Section id="equipo">',
					es: ['falta la sección id="equipo", que está en el texto en español (es.mdx)', 'tradúcela'],
				},
				'es',
			),
		]);
		// What the missing section holds (its figures, its chart) is not listed again, one by one.
		expect(errors.every((e) => e.file === EN)).toBe(true);
		expect(errors.filter((e) => e.what === 'team.staff')).toEqual([]);
	});

	it('says which translation leaves a figure out, at its section', () => {
		const { errors } = check('es', [replace('fr.mdx', ' et <Fig id="events.inPerson" /> en présentiel', '')]);
		// Once, as a difference from the Spanish text (not also as "never shown").
		expect(errors.map(shape)).toEqual([
			expected(
				{ file: FR, line: 17, what: 'events.inPerson', es: ['el texto en español cita la cifra events.inPerson y este no', '<Fig>'] },
				'es',
			),
		]);
	});

	it('gives every problem at once: three mistakes in one file are three problems', () => {
		const { errors } = check('es', [
			replace('es.mdx', '<Fig id="events.online" />', '<Fig id="events.onlin" />'),
			replace('es.mdx', '<Stat id="team.staff" />', '<Stat id="team.staff" size="big" />'),
			replace('es.mdx', '<Note>Cifras inventadas para los tests.</Note>', '<Note>Cifras <b>inventadas</b> para los tests.</Note>'),
		]);
		expect(errors.map(formatProblem)).toEqual([
			`${ES}:20:1 › <Stat> size: «size» no es un atributo de este componente (tiene: «id»)`,
			`${ES}:25:52 › <Fig id="events.onlin">: «events.onlin» no es una cifra de figures.yaml: ¿querías decir «events.online»?`,
			expect.stringMatching(new RegExp(`^${escape(ES)}:40:14 › <b>: <b> es HTML`)),
		]);
	});

	it('gives every problem at once, across files, sorted by file and line', () => {
		const { errors } = check('en', [
			replace('figures.yaml', 'interns\n    value: 3', 'interns\n    value: -3'),
			replace('es.mdx', '<Chart id="income">', '<Chart id="incomes">'),
			replace('en.mdx', '<Fig id="events.online" />', '<Fig id="events.onlin" />'),
		]);
		expect(errors.map((e) => formatProblem(e).split(': ')[0])).toEqual([
			`${EN}:25:47 › <Fig id="events.onlin">`,
			`${ES}:37:1 › <Chart id="incomes">`,
			`${F}:7 › figures.team.interns.value`,
		]);
		expect(errors[2]!.message).toBe('is not valid (got -3): it must be a whole number, 0 or more');
	});

	it('refuses a published year with exactly the figures of an earlier one (a copy not updated), and accepts it as a draft', () => {
		const copy = { write: '2031/figures.yaml', text: readFileSync(join(fixture, 'figures.yaml'), 'utf8') };
		const pages = (['es', 'en', 'fr'] as const).map((l) => ({
			write: `2031/${l}.mdx`,
			text: readFileSync(join(fixture, `${l}.mdx`), 'utf8'),
		}));
		const { errors } = check('en', [copy, ...pages]);
		expect(errors.map(formatProblem)).toEqual([
			'content/reports/2031/figures.yaml:1 › (file): the figures of 2031 are exactly those of 2030: it looks like a copy not updated yet, and they would be published as 2031\'s. While you prepare it, mark it as a draft (in the editor, "Borrador"; in the file, draft: true), or update the figures',
		]);
		const draft = check('es', [{ ...copy, text: `draft: true\n${copy.text}` }, ...pages]);
		expect(draft.errors).toEqual([]);
		expect(draft.reports.map((r) => [r.year, r.draft])).toEqual([
			[2031, true],
			[2030, false],
		]);
	});

	it("warns where a section's big figures and its chart read in two orders, with the chart's order to follow", () => {
		// The chart draws the largest first (grants 60, fees 40); the cards, as written, agree, then do not.
		const largest = replace(
			'figures.yaml',
			'income: { type: donut, figures: [income.*] }',
			'income: { type: donut, figures: [income.fees, income.grants] }',
		);
		const { warnings, errors } = check('es', [largest]);
		expect(errors).toEqual([]);
		expect(warnings.map(formatProblem)).toEqual(
			[EN, ES, FR].map(
				(file) =>
					`${file}:${
						readFileSync(join(fixture, file.split('/').at(-1)!), 'utf8')
							.split('\n')
							.findIndex((l) => l.includes('<Stat id="income.grants"')) + 1
					} › <Stat id="income.grants">: estas cifras siguen otro orden que el gráfico income que las dibuja: ordena los <Stat> como el gráfico (income.fees, income.grants), para que el lector las encuentre en el mismo orden (el orden del gráfico se decide en figures.yaml, charts: › income)`,
			),
		);
		expect(check('es', []).warnings).toEqual([]);
	});

	it('marks a draft year as such', () => {
		const { reports, errors } = check('es', [replace('figures.yaml', 'figures:', 'draft: true\nfigures:')]);
		expect(errors).toEqual([]);
		expect(reports[0]!.draft).toBe(true);
	});
});

describe('where the visual editor shows a problem', () => {
	const at = (file: string, what: string, figure?: string) => editorPlace({ file, what, message: '', figure })?.text;
	it('a figure and its field, in the figures form', () => {
		expect(at('content/reports/2021/figures.yaml', 'figures.funding.other.share.value', 'funding.other.share')).toBe(
			'Cifras › 2021 › funding.other.share › Valor',
		);
		expect(at('content/reports/2021/figures.yaml', 'figures.impact.countries', 'impact.countries')).toBe(
			'Cifras › 2021 › impact.countries',
		);
		expect(at('content/reports/2030/figures.yaml', 'figures.team.women staff', 'team.women staff')).toBe(
			'Cifras › 2030 › team.women staff',
		);
		// A figure whose own name ends like a field is still that figure.
		expect(at('content/reports/2021/figures.yaml', 'figures.funding.source', 'funding.source')).toBe('Cifras › 2021 › funding.source');
	});
	it('the figure as the checks name it, from figures.yaml', () => {
		const { errors } = check('es', [replace('figures.yaml', 'value: 58', 'value: 158')]);
		expect(errors.map(editorPlace)).toEqual([
			{ text: 'Cifras › 2030 › team.women › Valor', href: '/keystatic/collection/cifras/item/2030' },
		]);
	});
	it('a page, in its language', () => {
		expect(editorPlace({ file: 'content/reports/2021/en.mdx', what: '<Fig id="voice.campaign">', message: '' })).toEqual({
			text: 'Informe (inglés) › 2021',
			href: '/keystatic/collection/informe_en/item/2021',
		});
	});
	it('nothing for what keeps the editor from opening the page (a table, raw HTML, a brace): it is fixed in the file', () => {
		const { errors } = check('es', [
			replace('es.mdx', '<Note>Cifras inventadas', '| a | b |\n|---|---|\n| 1 | 2 |\n\n<span>x</span> {1 + 1}\n\n<Note>Cifras inventadas'),
		]);
		expect(errors.map((e) => e.what)).toEqual(['Markdown', '<span>', '{ }']);
		expect(errors.map(editorPlace)).toEqual([undefined, undefined, undefined]);
		// What the editor opens and shows (a component's attribute) keeps its place.
		const section = check('es', [replace('es.mdx', '<Section id="equipo"', '<Section id="Equipo"')]).errors;
		expect(section.map((e) => editorPlace(e)?.text)).toContain('Informe (español) › 2030');
	});
	it('nothing for what only the file holds: rules, charts, labels and notes', () => {
		expect(at('content/reports/2021/figures.yaml', 'rules.0')).toBeUndefined();
		expect(at('content/reports/2021/figures.yaml', 'charts.team')).toBeUndefined();
		expect(at('content/reports/2021/es.mdx', 'labels.staff.interns')).toBeUndefined();
		expect(at('content/reports', '(carpeta)')).toBeUndefined();
	});
});
