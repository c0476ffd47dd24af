import { describe, expect, it } from 'vitest';
import { uiStrings, createTranslator } from '../../src/i18n/translate';
import { locales } from '../../src/i18n/config';

const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
	const source = uiStrings.es;
	for (const locale of locales) {
		it(`${locale} has every key of the Spanish source, and no other`, () => {
			const strings: Record<string, string> = uiStrings[locale];
			expect(Object.keys(strings).filter((k) => !(k in source))).toEqual([]);
			expect(Object.keys(source).filter((k) => !(k in strings))).toEqual([]);
		});
		it(`${locale} has no empty text and keeps every {{placeholder}}`, () => {
			const strings: Record<string, string> = uiStrings[locale];
			for (const [key, value] of Object.entries(source)) {
				expect(strings[key]?.trim(), key).toBeTruthy();
				expect(vars(strings[key]!), key).toEqual(vars(value));
			}
		});
	}

	it('translators are separate instances: one language never leaks into another', () => {
		const es = createTranslator('es');
		const fr = createTranslator('fr');
		expect(es('skipLink')).toBe('Saltar al contenido');
		expect(fr('skipLink')).toBe('Aller au contenu');
		expect(es('skipLink')).toBe('Saltar al contenido');
	});
});
