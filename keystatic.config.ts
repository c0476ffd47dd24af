import { collection, config, fields } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { parse } from 'yaml';
import { componentRules, type AttributeRule, type ComponentName } from './src/content/components';
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
const known = Object.values(figureFiles).map((text) => checkFigures(parse(text), messagesFor('es')).known);
export const figureIds = [...new Set(known.flatMap((k) => k.figures))].sort();
export const chartIds = [...new Set(known.flatMap((k) => k.charts))].sort();

const languageNames: Record<Locale, string> = { es: 'español', en: 'inglés', fr: 'francés' };

/** A component attribute as a form field, with the limits the checks apply. */
function attributeField(name: string, rule: AttributeRule) {
	const label = { id: 'Identificador', title: 'Título', nav: 'Nombre en la navegación', gender: 'Género gramatical' }[name] ?? name;
	const ids = rule.refers === 'figure' ? figureIds : rule.refers === 'chart' ? chartIds : undefined;
	if (ids?.length) return fields.select({ label, options: ids.map((id) => ({ label: id, value: id })), defaultValue: ids[0]! });
	if (rule.values)
		return fields.select({ label, options: [{ label: '—', value: '' }, ...rule.values.map((v) => ({ label: v, value: v }))], defaultValue: '' });
	return rule.required ? fields.text({ label, validation: { length: { min: 1 } } }) : fields.text({ label });
}

const schemaOf = (name: ComponentName) =>
	Object.fromEntries(Object.entries(componentRules[name].attributes).map(([attr, rule]) => [attr, attributeField(attr, rule as AttributeRule)]));

const componentLabels: Record<ComponentName, string> = {
	Section: 'Sección',
	Stats: 'Grupo de cifras',
	Stat: 'Cifra destacada',
	Fig: 'Cifra en el texto',
	Chart: 'Gráfico',
	Note: 'Nota editorial',
	Columns: 'Columnas',
};

/** Each report component in the editor's "+" menu: inline in a sentence, a block, or a wrapper around content. */
export const components = Object.fromEntries(
	(Object.keys(componentRules) as ComponentName[]).map((name) => {
		const rule = componentRules[name];
		const common = { label: componentLabels[name], schema: schemaOf(name) };
		if (name === 'Fig') return [name, inline(common)];
		return [name, rule.content === 'none' ? block(common) : wrapper(common)];
	}),
);

const reportCollection = (locale: Locale) =>
	collection({
		label: `Informe (${languageNames[locale]})`,
		path: `content/reports/*/${locale}`,
		format: { contentField: 'body' },
		entryLayout: 'content',
		previewUrl: `/${locale}/{slug}/`,
		slugField: 'title',
		schema: {
			title: fields.slug({ name: { label: 'Título de la página' }, slug: { label: 'Año', description: 'La carpeta del informe (p. ej. 2022).' } }),
			description: fields.text({ label: 'Descripción (buscadores y redes)', multiline: true }),
			hero: fields.object(
				{
					kicker: fields.text({ label: 'Antetítulo' }),
					title: fields.text({ label: 'Título de portada' }),
					lead: fields.text({ label: 'Entradilla', multiline: true }),
				},
				{ label: 'Portada' },
			),
			labels: fields.ignored(),
			notes: fields.ignored(),
			body: fields.mdx({ label: 'Cuerpo del informe', extension: 'mdx', components }),
		},
	});

export default config({
	storage: { kind: 'local' },
	locale: 'es-ES',
	ui: { brand: { name: 'Metropolis · Informes' } },
	collections: Object.fromEntries(locales.map((l) => [`informe_${l}`, reportCollection(l)])),
});
