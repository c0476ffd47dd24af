/** The site language that best fits the browser's preferences; Spanish for anything else. */
export function preferredLocale<L extends string>(preferences: readonly string[], available: readonly L[], fallback: L): L {
	for (const preference of preferences) {
		const base = preference.toLowerCase().split('-')[0] as L;
		if (available.includes(base)) return base;
	}
	return fallback;
}
