import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/format/figures';
import { renderInline, renderPlain, splitLastWord } from '../../src/format/inline';
import { createTranslator } from '../../src/i18n/translate';
import type { Figure } from '../../src/content/figure';
import type { Gender } from '../../src/content/gender';
import type { Report } from '../../src/content/report';
import type { Locale } from '../../src/i18n/config';

const fig = (value: number, kind: Figure['kind'] = 'count', qualifier: Figure['qualifier'] = 'exact'): Figure => ({
	value,
	kind,
	qualifier,
});
const format = (f: Figure, locale: Locale, gender: Gender = 'm') => formatFigure(f, locale, createTranslator(locale), gender);
// Intl uses no-break spaces; compare with plain ones for readability.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('figures in each language', () => {
	it('formats percentages the way each language writes them', () => {
		expect(plain(format(fig(16.8, 'percent'), 'es').text)).toBe('16,8 %');
		expect(format(fig(16.8, 'percent'), 'en').text).toBe('16.8%');
		expect(plain(format(fig(16.8, 'percent'), 'fr').text)).toBe('16,8 %');
	});

	it('shows "more than" figures short, as the source does, with a full reading', () => {
		const participants = fig(2400, 'count', 'moreThan');
		expect(plain(format(participants, 'es').text)).toBe('+2,4 mil');
		expect(format(participants, 'en').text).toBe('2.4K+');
		expect(plain(format(participants, 'fr').text)).toBe('+2,4 k');
		expect(format(participants, 'es').spoken).toBe('más de 2400');
		expect(format(participants, 'en').spoken).toBe('more than 2,400');
		expect(plain(format(participants, 'fr').spoken!)).toBe('plus de 2 400');
		expect(format(fig(169, 'count', 'moreThan'), 'en').text).toBe('169+');
		expect(format(fig(169, 'count', 'moreThan'), 'es').text).toBe('+169');
	});

	it('writes exact counts in full, with the language grouping', () => {
		expect(format(fig(36400), 'en').text).toBe('36,400');
		expect(format(fig(36400), 'es').text).toBe('36.400');
		expect(format(fig(17), 'fr')).toEqual({ text: '17' });
	});

	it('marks approximate figures and reads them out', () => {
		expect(plain(format(fig(59, 'percent', 'approximately'), 'es').text)).toBe('≈59 %');
		expect(format(fig(59, 'percent', 'approximately'), 'en')).toEqual({ text: '≈59%', spoken: 'approximately 59%' });
	});

	it('writes ordinals with the grammatical gender of each language', () => {
		expect(format(fig(1, 'ordinal'), 'en').text).toBe('1st');
		expect(format(fig(22, 'ordinal'), 'en').text).toBe('22nd');
		expect(format(fig(1, 'ordinal'), 'es', 'f').text).toBe('1.ª');
		expect(format(fig(1, 'ordinal'), 'es', 'm').text).toBe('1.er');
		expect(format(fig(2, 'ordinal'), 'es', 'm').text).toBe('2.º');
		expect(format(fig(1, 'ordinal'), 'fr', 'f').text).toBe('1re');
		expect(format(fig(1, 'ordinal'), 'fr', 'm').text).toBe('1er');
		expect(format(fig(2, 'ordinal'), 'fr', 'f').text).toBe('2e');
	});

	it('writes amounts in their currency, short when the source rounds them', () => {
		const amount = (value: number, qualifier: Figure['qualifier'] = 'exact'): Figure => ({
			value,
			kind: 'amount',
			qualifier,
			currency: 'EUR',
		});
		expect(plain(format(amount(1250000), 'es').text)).toBe('1.250.000 €');
		expect(format(amount(1250000), 'en').text).toBe('€1,250,000');
		expect(format({ value: 12.5, kind: 'amount', qualifier: 'exact', currency: 'USD' }, 'en').text).toBe('$12.50');
		expect(plain(format(amount(1250000, 'approximately'), 'fr').text)).toBe('≈1,3 M €');
		expect(plain(format(amount(1250000, 'approximately'), 'fr').spoken!)).toBe('environ 1 250 000 €');
	});

	it('shows a figure short when content asks (compact: true), exact or not, and reads it out in full', () => {
		const budget: Figure = { value: 2300000, kind: 'amount', qualifier: 'exact', currency: 'EUR', compact: true };
		expect([plain(format(budget, 'es').text), format(budget, 'en').text, plain(format(budget, 'fr').text)]).toEqual([
			'2,3 M €',
			'€2.3M',
			'2,3 M €',
		]);
		expect([plain(format(budget, 'es').spoken!), format(budget, 'en').spoken, plain(format(budget, 'fr').spoken!)]).toEqual([
			'2.300.000 €',
			'€2,300,000',
			'2 300 000 €',
		]);
		// Thousands, millions, billions, as each language abbreviates them (Spanish says "mil millones").
		const count = (value: number): Figure => ({ value, kind: 'count', qualifier: 'exact', compact: true });
		expect([1200, 12500, 2.5e9].map((v) => plain(format(count(v), 'es').text))).toEqual(['1,2 mil', '12,5 mil', '2500 M']);
		expect([1200, 12500, 2.5e9].map((v) => format(count(v), 'en').text)).toEqual(['1.2K', '12.5K', '2.5B']);
		expect([1200, 12500, 2.5e9].map((v) => plain(format(count(v), 'fr').text))).toEqual(['1,2 k', '12,5 k', '2,5 Md']);
		// Below a thousand there is nothing to shorten; with a qualifier, the qualifier stays.
		expect(format(count(999), 'en')).toEqual({ text: '999' });
		expect(format({ ...budget, qualifier: 'moreThan' }, 'en')).toEqual({ text: '€2.3M+', spoken: 'more than €2,300,000' });
	});
});

describe('texts of the data block (hero, notes, title)', () => {
	const figures = { 'a.b': fig(2400, 'count', 'moreThan'), 'c.d': fig(1, 'ordinal') };
	const page = { labels: { 'c.d': { text: 'reunión', gender: 'f' } } };
	const report = { year: 2030, figures, pages: { es: page, en: page, fr: page } } as unknown as Report;
	it('renders bold, the year and figures, escaping HTML', () => {
		const t = createTranslator('en');
		expect(renderInline('**{{a.b}} drawings** <b> & {{c.d|f}}', report, 'en', t)).toBe(
			'<strong><span class="fig"><span aria-hidden="true">2.4K+</span><span class="sr-only">more than 2,400</span></span> drawings</strong> &#60;b&#62; &#38; <span class="fig">1st</span>',
		);
		expect(renderPlain('**{{a.b}}** x {{c.d|f}} {{ year }}', report, 'es', createTranslator('es')).replace(/\u00a0/g, ' ')).toBe(
			'+2,4 mil x 1.ª 2030',
		);
		// Without `|f`, the gender of the figure's label.
		expect(renderPlain('{{c.d}}', report, 'es', createTranslator('es'))).toBe('1.ª');
	});
});

describe('the last word of a title, to keep its copy-link button on its line', () => {
	it('splits a title, or a caption in its paragraph and emphasis, before its last word', () => {
		expect(splitLastWord('Fuentes de financiación')).toEqual({ before: 'Fuentes de ', word: 'financiación', after: '' });
		expect(splitLastWord('Equipo')).toEqual({ before: '', word: 'Equipo', after: '' });
		expect(splitLastWord('<p>Alianzas: <span class="fig">23</span> en la <strong>fuente</strong></p>\n')).toEqual({
			before: '<p>Alianzas: <span class="fig">23</span> en la <strong>',
			word: 'fuente',
			after: '</strong></p>\n',
		});
		expect(splitLastWord('Composition de l&#39;équipe')).toEqual({ before: 'Composition de ', word: 'l&#39;équipe', after: '' });
	});

	it('leaves a title that ends in a figure, a footnote marker or a link whole', () => {
		expect(splitLastWord('<p>Total: <span class="fig">23</span></p>')).toBeUndefined();
		expect(splitLastWord('Total<sup class="fn-ref"><a href="#fn-1">1</a></sup>')).toBeUndefined();
		expect(splitLastWord('<p>See <a href="https://example.org/">the source</a></p>')).toBeUndefined();
		expect(splitLastWord('')).toBeUndefined();
	});
});
