import { TextField } from '@keystar/ui/text-field';
import { collection, config, fields, type BasicFormField, type FormFieldInputProps } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { createElement, Fragment, useEffect, useRef, useState } from 'react';
import { parse } from 'yaml';
import { componentRules, type AttributeRule, type ComponentName, type ComponentRule } from './src/content/components';
import {
	bilingual as help,
	figureFieldNames,
	figuresCollectionKey,
	figuresCollectionName,
	kindNames,
	listedTyped,
	listedValue,
	pageCollectionKey,
	pageCollectionName,
	qualifierNames,
	valueFieldSays,
} from './src/content/editor-names';
import { idPattern, inRange, kinds, qualifiers, type FigureKind } from './src/content/figure';
import { checkFigures } from './src/content/figures-file';
import { messagesFor } from './src/content/messages';
import { locales, type Locale } from './src/i18n/config';

/**
 * The visual editor (`npm run edit`, Keystatic in local mode, only under `astro dev`): each report year's
 * page per language, its MDX body with the report components insertable from the "+" menu. The
 * components and their attributes come from src/content/components.ts, the list the content checks
 * follow, so the editor and the checks cannot drift (tests/unit/editor.test.ts).
 */

// Figure and chart ids offered in the components' forms: every id of every year, read as the checks read
// them (this file also runs in the browser, so the YAML comes in through Vite, not the file system).
const figureFiles = import.meta.glob<string>('./content/reports/*/figures.yaml', { query: '?raw', import: 'default', eager: true });
const es = messagesFor('es');
const known = Object.values(figureFiles).map((text) => checkFigures(parse(text), es).known);
export const figureIds = [...new Set(known.flatMap((k) => k.figures))].sort();
export const chartIds = [...new Set(known.flatMap((k) => k.charts))].sort();
/** Each figure's Spanish label (the newest year's), shown beside its id in the lists: "impact.participants — Participantes". */
const spanishPages = import.meta.glob<string>('./content/reports/*/es.mdx', { query: '?raw', import: 'default', eager: true });
const figureLabels: Record<string, string> = Object.assign(
	{},
	...Object.keys(spanishPages)
		.sort()
		.map((path) => {
			const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(spanishPages[path]!)?.[1];
			const labels = (block ? (parse(block) as { labels?: Record<string, string | { text?: string }> })?.labels : undefined) ?? {};
			return Object.fromEntries(Object.entries(labels).map(([id, l]) => [id, typeof l === 'string' ? l : (l?.text ?? '')]));
		}),
);

/** A figure id as the editor shows it: "impact.participants — Participantes" (the id alone without a label). */
const withLabel = (id: string) => (figureLabels[id] ? `${id} — ${figureLabels[id]}` : id);

/** The newest year that has `file` (figures.yaml, es.mdx…): a new year's file starts as a copy of it (Keystatic's "template"). */
const pageFiles = import.meta.glob('./content/reports/*/*.mdx');
const newestWith = (file: string) =>
	[...Object.keys(figureFiles), ...Object.keys(pageFiles)]
		.map((path) => new RegExp(`/(\\d{4})/${file.replace('.', '\\.')}$`).exec(path)?.[1])
		.filter(Boolean)
		.sort()
		.at(-1);
const templateOf = (file: string, entry: string) => {
	const year = newestWith(file);
	return year ? { template: `content/reports/${year}/${entry}` } : {};
};

/** A report's folder is its year. */
const yearPattern = { regex: /^\d{4}$/, message: 'El año: cuatro cifras, p. ej. 2022 (the year: four digits).' };

/** A component attribute as a form field, with the limits the checks apply. */
function attributeField(name: string, rule: AttributeRule) {
	const label =
		{
			id: 'Identificador',
			title: 'Título',
			nav: 'Nombre en la navegación',
			gender: 'Género gramatical',
			subtitle: 'Subtítulo: qué se mide, de quién, cuándo (opcional)',
		}[name] ?? name;
	const ids = rule.refers === 'figure' ? figureIds : rule.refers === 'chart' ? chartIds : undefined;
	const shown = (id: string) => (rule.refers === 'figure' ? withLabel(id) : id);
	// None chosen until staff choose one (the checks refuse it empty): never the first of the list by default.
	if (ids?.length && rule.refers)
		return fields.select({
			label,
			options: [{ label: chooseOne[rule.refers], value: '' }, ...ids.map((id) => ({ label: shown(id), value: id }))],
			defaultValue: '',
		});
	if (rule.values)
		return fields.select({
			label,
			options: [{ label: '—', value: '' }, ...rule.values.map((v) => ({ label: v, value: v }))],
			defaultValue: '',
		});
	return rule.required ? fields.text({ label, validation: { length: { min: 1 } } }) : fields.text({ label });
}

/** What a component that names a figure or a chart shows, in its form and in the text, until one is chosen. */
const chooseOne = { figure: '— Elige una cifra —', chart: '— Elige un gráfico —' } as const;

const schemaOf = (name: ComponentName) =>
	Object.fromEntries(
		Object.entries(componentRules[name].attributes).map(([attr, rule]) => [attr, attributeField(attr, rule as AttributeRule)]),
	);

const componentLabels: Record<ComponentName, string> = {
	Section: 'Sección',
	Stats: 'Grupo de cifras',
	Stat: 'Cifra destacada',
	Fig: 'Cifra en el texto',
	Change: 'Cambio frente al año anterior',
	Chart: 'Gráfico',
	Lede: 'Entradilla de la sección',
	Note: 'Nota editorial',
	Columns: 'Columnas',
};

/**
 * What a component shows in the editor's text, so that staff recognise it without opening its form: a
 * section's title, a figure's name and label ("impact.participants — Participantes"), a chart's name.
 */
export function componentSummary(name: ComponentName, value: Record<string, unknown>): string {
	const rules = componentRules[name].attributes as Record<string, AttributeRule>;
	const shown = (attr: string) => {
		const v = value[attr];
		const refers = rules[attr]?.refers;
		if (typeof v !== 'string' || !v) return refers ? chooseOne[refers] : undefined;
		return refers === 'figure' ? withLabel(v) : v;
	};
	return shown('title') ?? shown('id') ?? '';
}

/**
 * A figure in a sentence, as the text shows it: its name, or the prompt to choose one. Just inserted
 * from the "+" menu, it gives the caret back to the sentence, after itself: the menu, as it closes,
 * hands the focus back to its own button, where what staff went on typing would go (a space opens the
 * menu again, letters pick its items: the text was lost, and another component could be inserted).
 */
function FigInText({ value }: { value: Record<string, unknown> }) {
	const ref = useRef<HTMLSpanElement>(null);
	useEffect(() => {
		// Inserted from a menu: one is open as the figure appears (not so when a page opens).
		if (!document.querySelector('[role="menu"]')) return undefined;
		const back = (event: FocusEvent) => {
			const text = ref.current?.closest<HTMLElement>('[contenteditable="true"]');
			if (!text || !(event.target instanceof HTMLElement) || !event.target.matches('button[aria-haspopup]') || text.contains(event.target))
				return;
			stop();
			// The figure's own element in the sentence, and the caret just after it.
			let figure: HTMLElement = ref.current!;
			while (figure.parentElement && figure.parentElement.tagName !== 'P' && figure.parentElement !== text) figure = figure.parentElement;
			text.focus({ preventScroll: true });
			const caret = document.createRange();
			caret.setStartAfter(figure);
			caret.collapse(true);
			document.getSelection()?.removeAllRanges();
			document.getSelection()?.addRange(caret);
		};
		const stop = () => {
			document.removeEventListener('focusin', back, true);
			clearTimeout(timer);
		};
		document.addEventListener('focusin', back, true);
		const timer = setTimeout(stop, 3000);
		return stop;
	}, []);
	return createElement('span', { ref }, typeof value.id === 'string' && value.id ? value.id : chooseOne.figure);
}

const summaryStyle = { margin: '0 0 .25rem', fontSize: '.85em', fontWeight: 600, color: '#5a5f6b' };

/** Each report component in the editor's "+" menu: inline in a sentence, a block, or a wrapper around content. */
export const components = Object.fromEntries(
	(Object.keys(componentRules) as ComponentName[]).map((name) => {
		const rule: ComponentRule = componentRules[name];
		const common = { label: componentLabels[name], schema: schemaOf(name) };
		const summary = (value: Record<string, unknown>) => {
			const text = componentSummary(name, value);
			return text ? createElement('div', { style: summaryStyle, contentEditable: false }, text) : null;
		};
		// In a sentence, the figure's name only (its label would crowd the sentence).
		if (rule.inline) return [name, inline({ ...common, ContentView: FigInText })];
		return [
			name,
			rule.content === 'none'
				? block({ ...common, ContentView: ({ value }) => summary(value) })
				: wrapper({ ...common, ContentView: ({ value, children }) => createElement('div', null, summary(value), children) }),
		];
	}),
);

const reportCollection = (locale: Locale) =>
	collection({
		label: pageCollectionName(locale),
		path: `content/reports/*/${locale}`,
		format: { contentField: 'body' },
		entryLayout: 'content',
		previewUrl: `/${locale}/{slug}/`,
		...templateOf(`${locale}.mdx`, locale),
		slugField: 'title',
		schema: {
			title: fields.slug({
				name: {
					label: 'Título de la página',
					description: help(
						'El título de la pestaña del navegador y de los buscadores.',
						'The title in the browser tab and search engines.',
					),
				},
				slug: {
					label: 'Año',
					description: help(
						'La carpeta del informe: el año, p. ej. 2022. En un informe que ya existe, no lo cambies: movería solo este idioma a otra carpeta.',
						'The report folder: the year. Never change it on an existing report: it would move this language alone.',
					),
					// Typed by staff, never made up from the title.
					generate: () => '',
					validation: { pattern: yearPattern },
				},
			}),
			description: fields.text({
				label: 'Descripción (buscadores y redes)',
				description: help('Una o dos frases.', 'The description for search engines and social networks, one or two sentences.'),
				multiline: true,
			}),
			hero: fields.object(
				{
					kicker: fields.text({
						label: 'Antetítulo',
						description: help('La línea pequeña sobre el título.', 'The small line above the title.'),
					}),
					title: fields.text({ label: 'Título de portada', description: help('El título grande del informe.', 'The report’s big title.') }),
					lead: fields.text({
						label: 'Entradilla',
						description: help('El párrafo bajo el título.', 'The paragraph under the title.'),
						multiline: true,
					}),
					headline: fields.text({
						label: 'Título de las cifras destacadas',
						description: help(
							'Sobre las cifras destacadas del año (las de headline: en figures.yaml), p. ej. «Nuestro impacto». Vacío: «Cifras destacadas».',
							'Over the year’s headline figures (headline: in figures.yaml), e.g. “Our impact”. Empty: “Key figures”.',
						),
					}),
				},
				{ label: 'Portada' },
			),
			labels: fields.ignored(),
			notes: fields.ignored(),
			body: fields.mdx({
				label: 'Cuerpo del informe',
				extension: 'mdx',
				components,
				// What a report's text uses (the guides' Markdown): paragraphs, bold, italics, links and lists.
				// Headings come from the sections; tables, images, quotes and code have no place in it.
				options: {
					bold: true,
					italic: true,
					link: true,
					unorderedList: true,
					orderedList: true,
					heading: false,
					blockquote: false,
					table: false,
					image: false,
					codeBlock: false,
					code: false,
					strikethrough: false,
					divider: false,
				},
			}),
		},
	});

/**
 * A figure's value as staff type it, whatever their habits: a text field that reads the number by the
 * rules the checks of figures.yaml follow (valueFieldSays, src/content/number-text.ts), says over it
 * how it will be saved ("Se guardará como 16 coma 8"), refuses what could be read two ways or carries a
 * symbol with what to type instead, and writes a YAML number. (Keystatic's own number field reads by the
 * editor's locale: in Spanish, "16.8" was saved as 168.)
 */
function valueField(label: string, description: string): BasicFormField<string, string, number | null> {
	function Input(props: FormFieldInputProps<string>) {
		// A value opened from the list is judged at once; a new one once staff leave the field.
		const [left, setLeft] = useState(props.value !== '');
		const said = valueFieldSays(props.value);
		return createElement(TextField, {
			label,
			isRequired: true,
			autoFocus: props.autoFocus,
			value: props.value,
			onChange: props.onChange,
			onBlur: () => setLeft(true),
			description:
				'says' in said
					? createElement(Fragment, null, `${description} `, createElement('strong', { style: { display: 'block' } }, said.says))
					: description,
			// As Keystatic's fields do: once staff leave the field, or try to close the form or save.
			errorMessage: 'problem' in said && (left || props.forceValidation) ? said.problem : undefined,
		});
	}
	return {
		kind: 'form',
		label,
		Input,
		defaultValue: () => '',
		// A number from the file, shown as the list shows it (16,8), which the field reads back as the same
		// number; anything else (a text the checks refuse, "17,5") as it is, for the field to say what it reads.
		parse: (stored) => (typeof stored === 'number' ? listedValue(stored) : stored === undefined ? '' : String(stored)),
		serialize: (typed) => {
			const said = valueFieldSays(typed);
			return { value: 'value' in said ? said.value : typed || undefined };
		},
		validate: (typed) => {
			const said = valueFieldSays(typed);
			if ('problem' in said) throw new Error(said.problem);
			return typed;
		},
		reader: { parse: (stored) => (typeof stored === 'number' ? stored : null) },
	};
}

/**
 * A tick box written only when ticked (`compact: true`): Keystatic's own writes `false` into every item,
 * which would add a line to each figure of a year the first time it is saved.
 */
function tickedOnly(label: string, description: string) {
	const box = fields.checkbox({ label, description });
	return { ...box, serialize: (ticked: boolean) => ({ value: ticked || undefined }) };
}

/**
 * A year's figures as a form: the list of figures.yaml, one item per figure, with the kinds, qualifiers
 * and limits of src/content/figure.ts. What depends on two fields (a percentage up to 100, a whole number
 * for a count, a currency for an amount) is checked as the build checks it and shown on the page preview.
 */
const figureItem = fields.object(
	{
		id: fields.text({
			label: figureFieldNames.id,
			description: help(
				'Grupo y nombre, separados por un punto: impact.participants. Es lo que citan los textos.',
				'Group and name: what the texts cite.',
			),
			validation: {
				isRequired: true,
				pattern: {
					regex: idPattern,
					message:
						'El nombre: grupo y nombre separados por un punto, con letras y números, sin espacios ni acentos (p. ej. impact.participants).',
				},
			},
		}),
		value: valueField(
			figureFieldNames.value,
			help(
				'El número: con coma o punto decimal (16,8 o 16.8), con los miles juntos o separados (2300000, 2.300.000, 2,300,000, 2 300 000); sin % ni moneda (lo dicen Tipo y Moneda). En negrita, cómo se guardará.',
				'The number: a decimal comma or point, thousands together or grouped; no % or currency (Tipo and Moneda say so). In bold: how it will be saved.',
			),
		),
		kind: fields.select({
			label: figureFieldNames.kind,
			options: kinds.map((k) => ({ label: kindNames[k], value: k })),
			defaultValue: 'count',
		}),
		qualifier: fields.select({
			label: figureFieldNames.qualifier,
			options: qualifiers.map((q) => ({ label: qualifierNames[q], value: q })),
			defaultValue: 'exact',
		}),
		currency: fields.text({
			label: figureFieldNames.currency,
			description: help('Solo para un importe: tres letras, p. ej. EUR.', 'Only for an amount: three capital letters, e.g. EUR.'),
			validation: {
				pattern: { regex: /^([A-Z]{3})?$/, message: 'La moneda: tres letras mayúsculas, p. ej. EUR o USD (o nada, si no es un importe).' },
			},
		}),
		compact: tickedOnly(
			figureFieldNames.compact,
			help(
				'Marcada, la página muestra la cifra abreviada: 2,3 M € en lugar de 2.300.000 € (solo cantidades e importes de 1000 o más). Las tablas y las descargas dan la cifra exacta.',
				'Ticked, the page shows the figure short: €2.3M instead of €2,300,000 (counts and amounts of 1000 or more). Tables and downloads give it in full.',
			),
		),
		source: fields.text({
			label: figureFieldNames.source,
			description: help(
				'De dónde sale: documento, página, fecha (p. ej. «Cuentas 2022, p. 4, marzo de 2023»). Vacío, vale la fuente del año (arriba).',
				'Where it comes from: document, page, date. Empty: the year’s source (above) applies.',
			),
		}),
		checked: fields.date({
			label: figureFieldNames.checked,
			description: help(
				'El día en que alguien comparó la cifra con su fuente (opcional).',
				'The day someone checked the figure against its source (optional).',
			),
		}),
		note: fields.text({
			label: figureFieldNames.note,
			description: help(
				'No se publica: por qué la cifra se escribe así, qué dice la fuente.',
				'Not published: why the figure is written this way.',
			),
			multiline: true,
		}),
	},
	{ layout: [12, 6, 6, 8, 4, 12, 8, 4, 12] },
);

/**
 * A figure in the year's list: "impact.participants = 36400", its value as the field reads it. With a
 * warning where the field refuses the value (Keystatic's "Done" closes the form all the same, and its
 * "Guardar" then saves nothing, silently: the list is where it shows), and where the value does not fit
 * the figure's kind (a count of 2,5; a percentage of 120), which the checks refuse once saved.
 */
export function figureListLabel(id: string, typed: string, kind: FigureKind) {
	const said = valueFieldSays(typed);
	const warning =
		'problem' in said ? 'ábrela: sin corregirla, no se guarda' : inRange(kind, said.value) ? '' : `debe ser ${es.range[kind]}`;
	return `${id || '(sin nombre)'} = ${listedTyped(typed)}${warning ? ` ⚠ ${warning}` : ''}`;
}

const figuresCollection = collection({
	label: figuresCollectionName,
	path: 'content/reports/*/figures',
	format: { data: 'yaml' },
	previewUrl: '/es/{slug}/',
	...templateOf('figures.yaml', 'figures'),
	slugField: 'year',
	schema: {
		// The slug: the year folder. A text slug field is not written into the file.
		year: fields.text({
			label: 'Año',
			description: help(
				'La carpeta del informe, p. ej. 2022. En un año que ya existe, no lo cambies: movería solo las cifras a otra carpeta.',
				'The report folder, e.g. 2022. Never change it on an existing year: it would move the figures alone.',
			),
			validation: { pattern: yearPattern },
		}),
		draft: fields.checkbox({
			label: 'Borrador',
			description: help(
				'Marcado, el año se ve en este ordenador (en el editor), pero no se publica. Márcalo al crear un año nuevo.',
				'Ticked, the year shows on this computer (in the editor) but is not published.',
			),
		}),
		source: fields.text({
			label: 'Fuente del año',
			description: help(
				'De dónde vienen las cifras de este año, salvo las que dicen la suya (p. ej. «Infografía del informe anual 2022»). Las descargas de datos la citan.',
				'Where this year’s figures come from, unless a figure names its own. The data downloads cite it.',
			),
		}),
		figures: fields.array(figureItem, {
			label: figuresCollectionName,
			description: help(
				'Cada cifra una sola vez, para los tres idiomas. Los textos la citan por su nombre.',
				'Each figure once, for all three languages.',
			),
			itemLabel: (item) => figureListLabel(item.fields.id.value, item.fields.value.value, item.fields.kind.value),
			validation: { length: { min: 1 } },
		}),
		// Calculated figures, rules, charts, headline figures, the share image and the licence are written in the file itself (see the guides).
		derived: fields.ignored(),
		rules: fields.ignored(),
		charts: fields.ignored(),
		compare: fields.ignored(),
		headline: fields.ignored(),
		share: fields.ignored(),
		licence: fields.ignored(),
	},
});

export default config({
	storage: { kind: 'local' },
	locale: 'es-ES',
	ui: { brand: { name: 'Metropolis · Informes' } },
	collections: {
		[figuresCollectionKey]: figuresCollection,
		...Object.fromEntries(locales.map((l) => [pageCollectionKey(l), reportCollection(l)])),
	},
});
