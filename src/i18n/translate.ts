import { createInstance, type TOptions } from 'i18next';
import es from './ui/es.json' with { type: 'json' };
import en from './ui/en.json' with { type: 'json' };
import fr from './ui/fr.json' with { type: 'json' };
import { defaultLocale, type Locale } from './config';

/** Interface strings, flat dotted keys. Spanish is the source: every other language must have its keys. */
export const uiStrings = { es, en, fr } satisfies Record<Locale, Record<string, string>>;
export type UiKey = keyof typeof es;
export type Translate = (key: UiKey, options?: TOptions) => string;

const translators = new Map<Locale, Translate>();

/**
 * A translator of its own per language (not i18next's global instance), so languages never leak
 * into each other; made once per language and shared by every component of the build.
 */
export function createTranslator(locale: Locale): Translate {
	const known = translators.get(locale);
	if (known) return known;
	const i18n = createInstance();
	void i18n.init({
		lng: locale,
		fallbackLng: defaultLocale,
		resources: Object.fromEntries(Object.entries(uiStrings).map(([l, r]) => [l, { translation: r }])),
		keySeparator: false,
		nsSeparator: false,
		initAsync: false,
		// Astro escapes what it renders; escaping here too would double it.
		interpolation: { escapeValue: false },
	});
	const t: Translate = (key, options) => i18n.t(key, options ?? {}) as string;
	translators.set(locale, t);
	return t;
}
