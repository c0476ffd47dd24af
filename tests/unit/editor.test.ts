import { describe, expect, it } from 'vitest';
import config, { chartIds, componentSummary, components, figureIds, figureListLabel } from '../../keystatic.config';
import { componentNames, componentRules, type AttributeRule } from '../../src/content/components';
import { figureFields, figureSchema, kinds, qualifiers } from '../../src/content/figure';
import { figuresFileSchema } from '../../src/content/figures-file';
import { listedValue, valueFieldSays } from '../../src/content/editor-names';
import { formatProblem } from '../../src/content/problems';
import { check, ES, replace } from './fixture-year';
import { frontmatterSchema } from '../../src/content/page';
import { readReports } from '../../src/content/read';
import { locales } from '../../src/i18n/config';

/**
 * The visual editor (keystatic.config.ts) and the content checks (src/content/components.ts) describe
 * the same components: a component or attribute in one and not in the other fails here.
 */
const { reports } = readReports(process.cwd());

describe('the editor offers exactly the components the checks accept', () => {
	it('the same component names', () => {
		expect(Object.keys(components).sort()).toEqual([...componentNames].sort());
	});

	for (const name of componentNames)
		it(`<${name}>: the same attributes, as the right kind of component`, () => {
			const editor = components[name]!;
			const rules = componentRules[name].attributes as Record<string, AttributeRule>;
			expect(Object.keys(editor.schema).sort()).toEqual(Object.keys(rules).sort());
			// A figure inside a sentence is inline; a component with text inside wraps it; the rest are blocks.
			const content: string = componentRules[name].content;
			const kind = 'inline' in componentRules[name] ? 'inline' : content === 'none' ? 'block' : 'wrapper';
			expect(editor.kind).toBe(kind);
			for (const [attr, rule] of Object.entries(rules)) {
				const field = editor.schema[attr] as { formKind?: string; options?: readonly { value: string }[]; validation?: unknown };
				// Figure and chart ids are chosen from a list, never typed; fixed values too.
				if (rule.refers || rule.values)
					expect(
						field.options?.map((o) => o.value),
						`${name} ${attr}`,
					).toBeDefined();
				if (rule.values) expect(field.options!.map((o) => o.value).filter(Boolean)).toEqual([...rule.values]);
			}
		});

	it('figure and chart lists hold every id of every year, and nothing else', () => {
		expect(figureIds).toEqual([...new Set(reports.flatMap((r) => Object.keys(r.figures)))].sort());
		expect(chartIds).toEqual([...new Set(reports.flatMap((r) => r.charts.map((c) => c.id)))].sort());
	});

	it('a component shows what it is in the text: a section its title, a figure its name and label', () => {
		const page = reports[0]!.pages.es;
		// (A label with no number: one written with {{…}} reads differently once filled in.)
		const [id, label] = Object.entries(page.labels).find(([, l]) => !/\d/.test(l.text))!;
		expect(componentSummary('Stat', { id })).toBe(`${id} — ${label.text}`);
		expect(componentSummary('Section', { id: 'equipo', title: 'Equipo', nav: '' })).toBe('Equipo');
		expect(componentSummary('Chart', { id: 'team' })).toBe('team');
		expect(componentSummary('Note', {})).toBe('');
	});

	it('the figures, then a report collection per language', () => {
		expect(Object.keys(config.collections ?? {})).toEqual(['cifras', ...locales.map((l) => `informe_${l}`)]);
	});
});

/** Keystatic writes back only the fields it knows: a field of the checks missing from the editor would be lost on save. */
describe('the editor keeps every field the checks know', () => {
	type Field = {
		kind: string;
		fields?: Record<string, Field>;
		element?: Field;
		options?: readonly { value: string }[];
		defaultValue?: () => unknown;
		validate?: (v: unknown) => unknown;
		parse?: (v: unknown) => unknown;
		serialize?: (v: unknown) => { value: unknown };
	};
	const collections = config.collections as unknown as Record<string, { schema: Record<string, Field>; slugField: string }>;
	const shapeOf = (schema: unknown) => Object.keys((schema as { shape: Record<string, unknown> }).shape);

	it('figures.yaml: every top-level field (the year is the folder, not a field)', () => {
		const { schema, slugField } = collections.cifras!;
		expect(slugField).toBe('year');
		expect(Object.keys(schema).filter((k) => k !== slugField)).toEqual(shapeOf(figuresFileSchema));
	});

	it('a figure: the same fields, kinds, qualifiers and defaults as the checks', () => {
		const item = collections.cifras!.schema.figures!.element!;
		expect(Object.keys(item.fields!)).toEqual([...figureFields]);
		expect(['id', ...shapeOf(figureSchema)]).toEqual([...figureFields]);
		const { kind, qualifier, value } = item.fields!;
		expect(kind!.options!.map((o) => o.value)).toEqual([...kinds]);
		expect(qualifier!.options!.map((o) => o.value)).toEqual([...qualifiers]);
		// What the form starts with is what the checks assume when the file leaves it out.
		const defaults = figureSchema.parse({ value: 1 });
		expect(kind!.defaultValue!()).toBe(defaults.kind);
		expect(qualifier!.defaultValue!()).toBe(defaults.qualifier);
		// The value field accepts a number exactly when some kind does; what depends on the kind (up to
		// 100 for a percentage, whole for a count) is checked on save by the checks and shown on the page.
		const accepts = (v: number) => {
			try {
				value!.validate!(value!.parse!(v));
				return true;
			} catch {
				return false;
			}
		};
		const someKind = (v: number) =>
			kinds.some((k) => figureSchema.safeParse({ value: v, kind: k, ...(k === 'amount' ? { currency: 'EUR' } : {}) }).success);
		for (const v of [-1000, -1, -0.5, 0, 0.5, 1, 16.8, 100, 101, 36400]) expect(accepts(v), String(v)).toBe(someKind(v));
	});

	it('each page: every field of the data block', () => {
		for (const l of locales) {
			const { schema } = collections[`informe_${l}`]!;
			expect(Object.keys(schema).filter((k) => k !== 'body')).toEqual(shapeOf(frontmatterSchema));
			expect(Object.keys(schema.hero!.fields!)).toEqual(shapeOf((frontmatterSchema.shape as { hero: unknown }).hero));
		}
	});
});

describe("the editor's figure list", () => {
	it('shows values the way its form reads them: a decimal comma, no thousands point', () => {
		expect(listedValue(16.8)).toBe('16,8');
		expect(listedValue(36400)).toBe('36400');
		expect(listedValue(0.25)).toBe('0,25');
	});

	it('shows what the value field holds as it reads it, and warns of a text it refuses and of a value its kind does not allow', () => {
		expect(figureListLabel('impact.share', '16.8', 'percent')).toBe('impact.share = 16,8');
		expect(figureListLabel('impact.people', '2,300,000', 'count')).toBe('impact.people = 2300000');
		expect(figureListLabel('impact.people', '1.200', 'count')).toBe('impact.people = ¿1.200? ⚠ ábrela: sin corregirla, no se guarda');
		expect(figureListLabel('staff.interns', '2,5', 'count')).toBe('staff.interns = 2,5 ⚠ debe ser un número entero, 0 o más');
		expect(figureListLabel('impact.share', '120', 'percent')).toBe('impact.share = 120 ⚠ debe ser un porcentaje de 0 a 100');
		expect(figureListLabel('', '3', 'count')).toBe('(sin nombre) = 3');
	});
});

/**
 * A figure's value field: a text staff type, read by src/content/number-text.ts, written as a YAML
 * number. Every value of every year goes through it unchanged (the editor's save rewrites the whole file).
 */
describe("the figure form's value field", () => {
	const value = (
		config.collections as unknown as Record<
			string,
			{
				schema: {
					figures: { element: { fields: Record<string, Required<Pick<FieldOf, 'parse' | 'serialize' | 'validate' | 'defaultValue'>>> } };
				};
			}
		>
	).cifras!.schema.figures.element.fields.value!;
	type FieldOf = {
		parse: (v: unknown) => unknown;
		serialize: (v: unknown) => { value: unknown };
		validate: (v: unknown) => unknown;
		defaultValue: () => unknown;
	};

	it('opens every value of every year as the list shows it, and saves it back as the same number', () => {
		const all = reports.flatMap((r) =>
			Object.values(r.figures).flatMap((f) => ('value' in f && typeof f.value === 'number' ? [f.value] : [])),
		);
		expect(all.length).toBeGreaterThan(0);
		for (const v of all) {
			const typed = value.parse(v);
			expect(typed, String(v)).toBe(listedValue(v));
			expect(value.validate(typed)).toBe(typed);
			expect(value.serialize(typed)).toEqual({ value: v });
		}
	});

	it('saves what staff type as one YAML number, whatever the separators', () => {
		for (const [typed, saved] of [
			['16,8', 16.8],
			['16.8', 16.8],
			['2.300.000', 2300000],
			['2,300,000', 2300000],
			['1 200', 1200],
			['1200', 1200],
		] as const)
			expect(value.serialize(value.validate(typed)), typed).toEqual({ value: saved });
	});

	it('refuses what could be read two ways or carries a symbol, saying how it reads it and what to type', () => {
		const refusal = (typed: string) => {
			try {
				value.validate(typed);
			} catch (e) {
				return (e as Error).message;
			}
			throw new Error(`${typed}: taken`);
		};
		expect(refusal('1.200')).toBe(
			'«1.200» puede ser 1\u00a0200 o 1 coma 2: escribe 1200 si son miles, 1,2 si lleva decimales. · EN: «1.200» could be 1\u00a0200 or 1 point 2: type 1200 for thousands, 1.2 for decimals.',
		);
		expect(refusal('16,8 %')).toBe(
			'Sin el signo %: escribe solo el número (16,8) y elige «Porcentaje» en Tipo. · EN: Without the % sign: type the number alone (16.8) and choose «Porcentaje» as Tipo.',
		);
		expect(refusal('2.300.000 €')).toMatch(
			/^Sin la moneda: escribe solo el número \(2300000\), elige «Importe» en Tipo y escribe EUR en Moneda\./,
		);
		expect(refusal('$1,000,000')).toMatch(/escribe el código de la moneda \(USD, CAD…\) en Moneda/);
		expect(refusal('+2.4K')).toMatch(/^Sin el «\+»: escribe el número \(2400\) y elige «Más de» en Precisión\./);
		// Its decimal reading cannot be typed either: the way out is rounding, not a loop.
		expect(refusal('12,125')).toMatch(
			/^«12,125» puede ser 12\u00a0125 o 12 coma 125: escribe 12125 si son miles, si lleva decimales, redondéalo a dos \(12,13\)/,
		);
		expect(refusal('12,1250')).toMatch(/^Con tres decimales, figures\.yaml lo confundiría con 12\u00a0125: redondéalo a dos \(12,13\)\./);
		expect(refusal('')).toMatch(/^Escribe el número\./);
		expect(refusal('tres')).toMatch(/^«tres» no es un número/);
		expect(refusal('-3')).toMatch(/no es negativa/);
	});

	it('says beside the field how it will save what is typed', () => {
		expect(valueFieldSays('16.8')).toEqual({ value: 16.8, says: 'Se guardará como 16 coma 8 · EN: saved as 16 point 8' });
		expect(valueFieldSays('2,300,000')).toEqual({
			value: 2300000,
			says: 'Se guardará como 2\u00a0300\u00a0000 · EN: saved as 2\u00a0300\u00a0000',
		});
	});

	it('keeps a text the file holds instead of a number, for the field to say what it reads in it', () => {
		expect(value.parse('17,5')).toBe('17,5');
		expect(value.parse(undefined)).toBe('');
		expect(value.defaultValue()).toBe('');
	});
});

/** A component that names a figure or a chart holds none until staff choose one, and the checks refuse it so. */
describe('components start with no figure or chart chosen', () => {
	it('in the editor: the first choice of the list is none, and it is the default', () => {
		for (const [name, attr] of [
			['Fig', 'id'],
			['Stat', 'id'],
			['Chart', 'id'],
		] as const) {
			const field = components[name]!.schema[attr] as unknown as {
				options: { value: string; label: string }[];
				defaultValue: () => string;
			};
			expect(field.defaultValue(), name).toBe('');
			expect(field.options[0], name).toEqual({ value: '', label: name === 'Chart' ? '— Elige un gráfico —' : '— Elige una cifra —' });
		}
		expect(componentSummary('Stat', { id: '' })).toBe('— Elige una cifra —');
	});

	it('in the checks: an empty one is a problem of its own line, which says the id is empty', () => {
		for (const [tag, from] of [
			['<Fig id="" gender="" />', '<Fig id="events.online" />'],
			['<Stat id="" />', '<Stat id="team.interns" />'],
		] as const) {
			const { errors } = check('es', [replace('es.mdx', from, tag)]);
			expect(errors.map(formatProblem), tag).toEqual([
				expect.stringMatching(new RegExp(`^${ES}:\\d+(:\\d+)? › <${tag.slice(1, 4)}[^›]* id: id está vacío`)),
			]);
		}
	});
});
