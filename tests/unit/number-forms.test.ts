import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/problems';
import { readNumberText, readTypedValue, spokenNumber } from '../../src/content/number-text';
import { readYaml, type YamlFile } from '../../src/content/yaml';
import { check, EN, ES, F, replace } from './fixture-year';

/**
 * A figure's value typed as staff may type it (issue 23): in figures.yaml, a decimal comma, thousands
 * separators, a percent sign or a currency gets a message that says exactly what to write instead,
 * and "1.200" (which YAML reads as one point two) is never taken silently.
 */
const value = (v: string) => replace('figures.yaml', 'interns\n    value: 3', `interns\n    value: ${v}`);
const where = `${F}:7 › figures.team.interns.value`;
const problem = (typed: string, lang: 'es' | 'en' = 'es') => {
	const { errors, reports } = check(lang, [value(typed)]);
	expect(reports, typed).toEqual([]);
	expect(errors.map(formatProblem), typed).toHaveLength(1);
	expect(formatProblem(errors[0]!).split(': ')[0], typed).toBe(where);
	return errors[0]!.message;
};

describe('a figure typed with the separators people write', () => {
	it.each([
		['17,5', 'lleva una coma decimal (pone 17,5): en figures.yaml los decimales van con punto: value: 17.5'],
		['16,8', 'value: 16.8'],
		['1.200.000', 'lleva separadores de miles (pone 1.200.000): escribe las cifras seguidas, sin puntos ni espacios: value: 1200000'],
		['1,200,000', 'value: 1200000'],
		['1 200 000', 'value: 1200000'],
		['2.300.000,50', 'value: 2300000.5'],
		// No thousands group starts with 0: a decimal, not "125 or 0.125".
		['0,125', 'lleva una coma decimal (pone 0,125): en figures.yaml los decimales van con punto: value: 0.125'],
		['1.200', 'no se sabe qué número es (pone 1.200): si son miles, escribe value: 1200; si lleva decimales, value: 1.2'],
		['1,200', 'si son miles, escribe value: 1200; si lleva decimales, value: 1.2'],
		// Written again as 12.125 it would be as ambiguous: the decimal reading is offered rounded.
		['12.125', 'si son miles, escribe value: 12125; si lleva decimales, redondéalo a dos: value: 12.13'],
		['16,8 %', 'lleva el signo % (pone 16,8 %): escribe solo el número, value: 16.8, y kind: percent'],
		['58%', 'value: 58, y kind: percent'],
		['2.300.000 €', 'lleva la moneda (pone 2.300.000 €): escribe solo el número, value: 2300000, con kind: amount y currency: EUR'],
		['€2,300,000', 'value: 2300000, con kind: amount y currency: EUR'],
		['$1,000', 'currency: el código de la moneda (USD, EUR…)'],
	])('%s', (typed, expected) => expect(problem(typed)).toContain(expected));

	it('says so in English too', () => {
		expect(problem('17,5', 'en')).toBe('has a decimal comma (got 17,5): in figures.yaml decimals take a point: value: 17.5');
		expect(problem('1.200', 'en')).toBe(
			'could be two numbers (got 1.200): if it is thousands, write value: 1200; if it has decimals, value: 1.2',
		);
	});

	it('keeps plain digits as they are: 3, 3.5 (a count must then be whole), 0.125, 1200, 12.50', () => {
		for (const plain of ['0.125', '1200', '12.50']) expect(readNumberText(plain), plain).toBeUndefined();
		expect(check('es', [value('1200')]).errors).toEqual([]);
	});

	it('never says "without quotes" where there are none', () => {
		for (const typed of ['17,5', '1.200.000', '16,8 %', '2.300.000 €']) expect(problem(typed)).not.toMatch(/comillas/);
		expect(problem('"17"')).toMatch(/escribe el número sin comillas/);
	});
});

/**
 * The same texts typed in the visual editor's value field (keystatic.config.ts): read as one number
 * whatever the separators, by the rules the checks above follow, or refused for the same reasons.
 */
describe('a value typed in the editor', () => {
	it.each([
		['16,8', 16.8],
		['16.8', 16.8],
		['2.300.000', 2300000],
		['2,300,000', 2300000],
		['1 200', 1200],
		['1\u00a0200', 1200],
		['2\u202f300\u202f000', 2300000],
		['1200', 1200],
		['2.300.000,50', 2300000.5],
		['2,300,000.50', 2300000.5],
		['0,125', 0.125],
		['0.125', 0.125],
		[' 36400 ', 36400],
		['0', 0],
		['16,80', 16.8],
	])('%s is %d', (typed, value) => expect(readTypedValue(typed)).toEqual({ value }));

	it.each([
		['1.200', { form: 'ambiguous', thousands: 1200, decimal: 1.2 }],
		['1,200', { form: 'ambiguous', thousands: 1200, decimal: 1.2 }],
		['16,8 %', { form: 'percent', value: 16.8 }],
		['2.300.000 €', { form: 'currency', value: 2300000, currency: 'EUR' }],
		['+2.4K', { form: 'moreThan', value: 2400 }],
		['1e3', { form: 'notation', value: 1000 }],
	])('%s is refused: %o', (typed, read) => expect(readTypedValue(typed)).toEqual({ problem: 'written', read }));

	it('refuses nothing, no number, a negative one, one too large, and one figures.yaml cannot hold as itself', () => {
		expect(readTypedValue(' ')).toEqual({ problem: 'empty' });
		expect(readTypedValue('tres')).toEqual({ problem: 'notANumber' });
		expect(readTypedValue('1.200.5')).toEqual({ problem: 'notANumber' });
		expect(readTypedValue('-5')).toEqual({ problem: 'negative', value: -5 });
		expect(readTypedValue('1.000.000.000.000')).toEqual({ problem: 'tooLarge', value: 1e12 });
		// ("12,125" is ambiguous; "12,1250" is not, but `value: 12.125` in figures.yaml is read by the checks as "12125 or 12.125?").
		expect(readTypedValue('12,1250')).toEqual({ problem: 'unwritable', value: 12.125 });
	});

	it('reads what the checks of figures.yaml tell staff to write instead, for every form both take', () => {
		for (const typed of ['17,5', '16,8', '1.200.000', '1,200,000', '1 200 000', '2.300.000,50']) {
			const read = readTypedValue(typed);
			expect('value' in read && problem(typed), typed).toContain(`value: ${'value' in read ? read.value : ''}`);
		}
	});

	it('saves only numbers that figures.yaml holds as themselves: read back by the checks as that number', () => {
		const values = ['16,8', '2.300.000', '0,125', '99,99', '1234,5', '0,5', '999999999999', '12,1255', '100'].map((t) => readTypedValue(t));
		for (const read of values) {
			expect('value' in read, JSON.stringify(read)).toBe(true);
			if (!('value' in read)) continue;
			const file = readYaml(`value: ${read.value}\n`) as YamlFile;
			expect(file.data, String(read.value)).toEqual({ value: read.value });
		}
	});

	it('says how it reads a number so that nobody can take it two ways: thousands by spaces, the decimal separator in words', () => {
		expect(spokenNumber(16.8, 'es')).toBe('16 coma 8');
		expect(spokenNumber(16.8, 'en')).toBe('16 point 8');
		expect(spokenNumber(2300000, 'es')).toBe('2\u00a0300\u00a0000');
		expect(spokenNumber(1200.5, 'en')).toBe('1\u00a0200 point 5');
		expect(spokenNumber(0.125, 'es')).toBe('0 coma 125');
		expect(spokenNumber(999, 'es')).toBe('999');
	});
});

describe('checks that protect meaning', () => {
	it('warns, to be confirmed, when one sentence cites a figure twice ("8 events … 8 in all"), and publishes it', () => {
		const { errors, warnings, reports } = check('es', [
			replace('es.mdx', 'presenciales.', 'presenciales, <Fig id="events.total" /> en total.'),
			replace('en.mdx', 'in person.', 'in person, <Fig id="events.total" /> in all.'),
		]);
		expect(errors.map(formatProblem)).toEqual([]);
		expect(reports).toHaveLength(1);
		// In the staff member's language (npm run check in Spanish), for each file where it is.
		expect(warnings.map(formatProblem)).toEqual([
			`${EN}:25:125 › <Fig id="events.total">: cita «events.total» dos veces en la misma frase, así que dirá dos veces el mismo número: comprueba que la segunda no debía ser otra cifra (una parte de la primera, por ejemplo); si es así a propósito, no hace falta cambiar nada`,
			`${ES}:25:133 › <Fig id="events.total">: cita «events.total» dos veces en la misma frase, así que dirá dos veces el mismo número: comprueba que la segunda no debía ser otra cifra (una parte de la primera, por ejemplo); si es así a propósito, no hace falta cambiar nada`,
		]);
	});

	it('a figure cited again in the next sentence is no repetition', () => {
		const next = replace('es.mdx', 'presenciales.', 'presenciales. En total, <Fig id="events.total" />.');
		expect(check('es', [next]).warnings.map(formatProblem)).toEqual([]);
	});

	it('warns, to be confirmed, when a part equals its whole ("8 of which 8"), and publishes it', () => {
		const { errors, warnings, reports } = check('es', [
			replace('figures.yaml', 'online\n    value: 3', 'online\n    value: 8'),
			replace('figures.yaml', 'inPerson\n    value: 5', 'inPerson\n    value: 0'),
		]);
		expect(errors.map(formatProblem)).toEqual([]);
		expect(reports).toHaveLength(1);
		expect(warnings.map(formatProblem)).toEqual([
			`${F}:31 › rules.1.part: events.online es igual a events.total (8): el texto dirá que son todos; si es así, no hace falta cambiar nada; si no, corrige la cifra que esté mal`,
		]);
	});
});
