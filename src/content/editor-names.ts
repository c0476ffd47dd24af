import { languageNames as namesIn, type Locale } from '../i18n/config';
import type { FigureKind, Qualifier } from './figure';
import { largestValue } from './limits';
import { ambiguousPoint, readTypedValue, spokenNumber, writesAsItself, type TypedValue } from './number-text';

/**
 * What the visual editor (keystatic.config.ts) calls things, in Spanish as staff see them: used there,
 * and by the dev site's problem list to say where in the editor a problem is fixed.
 */
export const languageNames = namesIn('es');
export const figuresCollectionName = 'Cifras';
export const pageCollectionName = (locale: Locale) => `Informe (${languageNames[locale]})`;
/** The collections' keys, which are also in the editor's addresses. */
export const figuresCollectionKey = 'cifras';
export const pageCollectionKey = (locale: Locale) => `informe_${locale}` as const;
/** The address of a year's entry in the editor. */
export const editorEntryPath = (collection: string, year: number | string) => `/keystatic/collection/${collection}/item/${year}`;
/** A figure's fields in the editor's form. */
export const figureFieldNames = {
	id: 'Nombre',
	value: 'Valor',
	kind: 'Tipo',
	qualifier: 'Precisión',
	currency: 'Moneda',
	compact: 'Abreviada',
	source: 'Fuente',
	checked: 'Comprobada el',
	note: 'Nota para el equipo',
} as const;

/** The choices of a figure's kind and qualifier; their first words are how the field messages name them. */
export const kindNames: Record<FigureKind, string> = {
	count: 'Cantidad (entera, 0 o más)',
	percent: 'Porcentaje (de 0 a 100, sin %)',
	ordinal: 'Ordinal (entero, 1 o más: 1 = «1.º»)',
	amount: 'Importe (0 o más, con moneda)',
};
export const qualifierNames: Record<Qualifier, string> = {
	exact: 'Exacta',
	moreThan: 'Más de (el «+» de la fuente)',
	approximately: 'Aproximada (≈, «aproximadamente»)',
};

/**
 * A value as the editor shows it, in its figure list and in the value field of a figure opened from
 * the file: 16,8 and 36400, with the decimal comma staff write and no thousands point (which the field
 * would not know from a decimal one). The field reads it back as the same number.
 */
export const listedValue = (value: number) => new Intl.NumberFormat('es-ES', { useGrouping: false, maximumFractionDigits: 20 }).format(value);

/** What the value field holds, as the figure list shows it: the number it reads (16,8), or the text it refuses, in ¿…?. */
export const listedTyped = (typed: string) => {
	const read = readTypedValue(typed);
	return 'problem' in read ? `¿${typed.trim()}?` : listedValue(read.value);
};

const choice = (name: string) => `«${name.split(' (')[0]}»`;
/** A text in Spanish, then English (the editor's help texts have both; its chrome has one language). */
export const bilingual = (es: string, en: string) => `${es} · EN: ${en}`;

/** Why the value field refuses a text, and what to type instead (`typed`: the text as staff typed it). */
function refusal(read: Extract<TypedValue, { problem: string }>, typed: string): string {
	const t = typed.trim();
	const both = (v: number | undefined, es: (n: string) => string, en: (n: string) => string, none: [string, string]) =>
		v === undefined ? bilingual(...none) : bilingual(es(listedValue(v)), en(String(v)));
	switch (read.problem) {
		case 'empty':
			return bilingual('Escribe el número.', 'Type the number.');
		case 'notANumber':
			return bilingual(`«${t}» no es un número: escribe solo cifras, p. ej. 16,8 o 2300000.`, `«${t}» is not a number: type figures only, e.g. 16.8 or 2300000.`);
		case 'negative':
			return bilingual('Una cifra del informe no es negativa: escríbela sin el signo menos.', 'A report figure is never negative: type it without the minus sign.');
		case 'tooLarge':
			return bilingual(`Es demasiado grande: como mucho ${spokenNumber(largestValue, 'es')}.`, `Too large: at most ${spokenNumber(largestValue, 'en')}.`);
		case 'unwritable': {
			const rounded = Math.round(read.value * 100) / 100;
			return ambiguousPoint.test(String(read.value))
				? bilingual(
						`Con tres decimales, figures.yaml lo confundiría con ${spokenNumber(Number(String(read.value).replace('.', '')), 'es')}: redondéalo a dos (${listedValue(rounded)}).`,
						`With three decimals, figures.yaml would take it for ${spokenNumber(Number(String(read.value).replace('.', '')), 'en')}: round it to two (${rounded}).`,
					)
				: bilingual(`Tiene demasiados decimales: redondéalo (${listedValue(rounded)}).`, `Too many decimals: round it (${rounded}).`);
		}
	}
	const r = read.read;
	switch (r.form) {
		case 'ambiguous': {
			// "12.125" as a decimal cannot be typed any other way: it has to be rounded.
			const rounded = Math.round(r.decimal * 100) / 100;
			const [es, en] = writesAsItself(r.decimal)
				? [`${listedValue(r.decimal)} si lleva decimales`, `${r.decimal} for decimals`]
				: [`si lleva decimales, redondéalo a dos (${listedValue(rounded)}): con tres, figures.yaml no los distingue de los miles`, `for decimals, round it to two (${rounded}): with three, figures.yaml cannot tell them from thousands`];
			return bilingual(
				`«${t}» puede ser ${spokenNumber(r.thousands, 'es')} o ${spokenNumber(r.decimal, 'es')}: escribe ${r.thousands} si son miles, ${es}.`,
				`«${t}» could be ${spokenNumber(r.thousands, 'en')} or ${spokenNumber(r.decimal, 'en')}: type ${r.thousands} for thousands, ${en}.`,
			);
		}
		case 'percent':
			return both(
				r.value,
				(n) => `Sin el signo %: escribe solo el número (${n}) y elige ${choice(kindNames.percent)} en ${figureFieldNames.kind}.`,
				(n) => `Without the % sign: type the number alone (${n}) and choose ${choice(kindNames.percent)} as ${figureFieldNames.kind}.`,
				[`Sin el signo %: escribe solo el número y elige ${choice(kindNames.percent)} en ${figureFieldNames.kind}.`, `Without the % sign: type the number alone and choose ${choice(kindNames.percent)} as ${figureFieldNames.kind}.`],
			);
		case 'currency': {
			const [es, en] = r.currency ? [r.currency, r.currency] : ['el código de la moneda (USD, CAD…)', 'the currency code (USD, CAD…)'];
			const kind = `${choice(kindNames.amount)} en ${figureFieldNames.kind}`;
			return both(
				r.value,
				(n) => `Sin la moneda: escribe solo el número (${n}), elige ${kind} y escribe ${es} en ${figureFieldNames.currency}.`,
				(n) => `Without the currency: type the number alone (${n}), choose ${choice(kindNames.amount)} as ${figureFieldNames.kind} and type ${en} in ${figureFieldNames.currency}.`,
				[`Sin la moneda: escribe solo el número, elige ${kind} y escribe ${es} en ${figureFieldNames.currency}.`, `Without the currency: type the number alone, choose ${choice(kindNames.amount)} as ${figureFieldNames.kind} and type ${en} in ${figureFieldNames.currency}.`],
			);
		}
		case 'moreThan':
			return bilingual(
				`Sin el «+»: escribe el número (${listedValue(r.value)}) y elige ${choice(qualifierNames.moreThan)} en ${figureFieldNames.qualifier}.`,
				`Without the "+": type the number (${r.value}) and choose ${choice(qualifierNames.moreThan)} as ${figureFieldNames.qualifier}.`,
			);
		case 'notation':
			return both(r.value, (n) => `Escríbelo con cifras corrientes: ${n}.`, (n) => `Type it in plain figures: ${n}.`, ['Escribe solo cifras, p. ej. 16,8 o 2300000.', 'Type figures only, e.g. 16.8 or 2300000.']);
	}
}

/**
 * What the figure form's value field says of what is typed in it: the number it will save, read aloud
 * so that it cannot be taken two ways ("Se guardará como 16 coma 8"), or why it is refused and what to
 * type instead. In Spanish, then English, as the form's help texts.
 */
export function valueFieldSays(typed: string): { value: number; says: string } | { problem: string } {
	const read = readTypedValue(typed);
	if ('problem' in read) return { problem: refusal(read, typed) };
	return { value: read.value, says: bilingual(`Se guardará como ${spokenNumber(read.value, 'es')}`, `saved as ${spokenNumber(read.value, 'en')}`) };
}
