import { largestValue } from './limits';

/**
 * A number as staff may type it where figures.yaml wants plain digits: as the source prints it
 * ("+2.4K"), with a decimal comma ("17,5"), with thousands separators ("1.200.000", "1,200,000",
 * "1 200 000"), a percent sign ("16,8 %"), a currency ("2.300.000 €"), or in another notation ("0x11",
 * "1e3"). What it is, and the value to write instead where that is certain. "1.200" and "1,200" are
 * both readings at once (a thousand two hundred in Spanish and English, one point two in the other),
 * so neither is guessed: the message gives both.
 */
export type NumberText =
	| { form: 'moreThan'; value: number }
	| { form: 'decimalComma'; value: number }
	| { form: 'thousands'; value: number }
	| { form: 'ambiguous'; thousands: number; decimal: number }
	| { form: 'percent'; value?: number | undefined }
	| { form: 'currency'; value?: number | undefined; currency?: string | undefined }
	| { form: 'notation'; value?: number | undefined };

/** Plain digits, with a point for decimals: what figures.yaml wants. */
export const plainNumber = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** "1.200" written where "1200" or "1.2" may be meant (a thousands point or a decimal one). */
export const ambiguousPoint = /^-?[1-9]\d{0,2}\.\d{3}$/;

const currencies: [RegExp, string | undefined][] = [
	[/€|\bEUR\b/i, 'EUR'],
	[/US\$|\bUSD\b/i, 'USD'],
	[/£|\bGBP\b/i, 'GBP'],
	[/\$/, undefined],
];

const certain = (value: number) => (Number.isFinite(value) && Math.abs(value) <= largestValue ? value : undefined);

/** The digits of a number with separators: plain, a decimal comma, thousands, or both readings. */
function readDigits(text: string): NumberText | { form: 'plain'; value: number } | undefined {
	const s = text.trim().replace(/^\+(?=\d)/, '');
	if (plainNumber.test(s)) return ambiguousPoint.test(s) ? { form: 'ambiguous', thousands: Number(s.replace('.', '')), decimal: Number(s) } : { form: 'plain', value: Number(s) };
	// ("0,125" is a decimal: no thousands group starts with 0.)
	if (/^-?[1-9]\d{0,2},\d{3}$/.test(s)) return { form: 'ambiguous', thousands: Number(s.replace(',', '')), decimal: Number(s.replace(',', '.')) };
	if (/^-?\d+,\d+$/.test(s)) return { form: 'decimalComma', value: Number(s.replace(',', '.')) };
	// Groups of three after a separator; a last, different separator is the decimal one.
	const grouped = /^(-?\d{1,3})((?:([.,\s\u00a0\u202f'’])\d{3})(?:\3\d{3})*)(?:([.,])(\d+))?$/.exec(s);
	if (grouped && grouped[4] !== grouped[3]) {
		const [, head, groups, , , decimals] = grouped;
		const digits = `${head}${groups!.replace(/\D/g, '')}${decimals ? `.${decimals}` : ''}`;
		return { form: 'thousands', value: Number(digits) };
	}
	return undefined;
}

/** What a text typed for a number is, or undefined when it is no number at all ("tres"). */
export function readNumberText(text: string): NumberText | undefined {
	const s = text.trim();
	const more = /^\+\s*(\d+(?:[.,]\d+)?)\s*([kK])?$/.exec(s);
	if (more) return { form: 'moreThan', value: Math.round(Number(more[1]!.replace(',', '.')) * (more[2] ? 1000 : 1)) };
	if (/^[-+]?\.(inf|nan)$/i.test(s)) return { form: 'notation' };
	if (/^[-+]?(0[xXoObB][0-9a-fA-F]+|\d*\.?\d+[eE][-+]?\d+|0\d+(\.\d+)?|\d+\.|\.\d+|\+\d+(\.\d+)?)$/.test(s)) {
		const value = Number(s.replace(/^\+/, '').replace(/^(-?)0+(?=\d)/, '$1'));
		return { form: 'notation', value: certain(value) };
	}
	const number = (rest: string) => {
		const digits = readDigits(rest);
		return digits && 'value' in digits && digits.value !== undefined ? certain(digits.value) : undefined;
	};
	if (/%/.test(s)) return { form: 'percent', value: number(s.replace(/%/g, '')) };
	const currency = currencies.find(([symbol]) => symbol.test(s));
	if (currency) return { form: 'currency', value: number(s.replace(currency[0], '').replace(/[€$£]/g, '')), currency: currency[1] };
	const digits = readDigits(s);
	return digits && digits.form !== 'plain' ? digits : undefined;
}

/**
 * A figure's value as staff type it in the visual editor's form, whichever their habits: "16,8" and
 * "16.8" are sixteen point eight, "2.300.000", "2,300,000" and "2 300 000" two million three hundred
 * thousand. Read by the rules above, the ones the checks of figures.yaml follow, so that the editor
 * saves the number the checks would tell staff to write. Refused, with what is in it: an empty text,
 * a text that is no number, "1.200" and "1,200" (two readings), a percent sign, a currency, a "+",
 * another notation; a negative or too large number; and a number figures.yaml cannot hold as itself
 * ("1,234" would be written `1.234`, which the checks read as ambiguous).
 */
export type TypedValue =
	| { value: number }
	| { problem: 'empty' | 'notANumber' }
	| { problem: 'negative' | 'tooLarge' | 'unwritable'; value: number }
	| { problem: 'written'; read: Exclude<NumberText, { form: 'decimalComma' | 'thousands' }> };

/** The number as figures.yaml holds it (a YAML number), read back by the checks as that number. */
export const writesAsItself = (value: number) => plainNumber.test(String(value)) && !ambiguousPoint.test(String(value));

export function readTypedValue(text: string): TypedValue {
	const s = text.trim();
	if (!s) return { problem: 'empty' };
	const read = readNumberText(s);
	if (read && read.form !== 'decimalComma' && read.form !== 'thousands') return { problem: 'written', read };
	const value = read ? read.value : plainNumber.test(s) ? Number(s) : undefined;
	if (value === undefined) return { problem: 'notANumber' };
	if (value < 0) return { problem: 'negative', value };
	if (value > largestValue) return { problem: 'tooLarge', value };
	return writesAsItself(value) ? { value } : { problem: 'unwritable', value };
}

/**
 * A number written so that no reader can take it two ways: its thousands grouped by spaces (as the SI
 * and the RAE write them: neither a point nor a comma) and its decimal separator in words. "16 coma 8",
 * "16 point 8", "2 300 000" (no-break spaces).
 */
export function spokenNumber(value: number, lang: 'es' | 'en'): string {
	const [whole = '', decimals] = String(value).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
	return decimals ? `${grouped} ${lang === 'es' ? 'coma' : 'point'} ${decimals}` : grouped;
}
