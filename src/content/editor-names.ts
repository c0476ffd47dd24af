import { languageNames as namesIn, type Locale } from '../i18n/config';

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
	source: 'Fuente',
	note: 'Nota para el equipo',
} as const;

/** A value as the editor's figure list shows it, the way its form reads numbers: 16,8 and 36400 (no thousands point). */
export const listedValue = (value: number) => new Intl.NumberFormat('es-ES', { useGrouping: false, maximumFractionDigits: 20 }).format(value);
