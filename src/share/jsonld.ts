import type { Report } from '../content/report';
import { renderPlain } from '../format/inline';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/translate';

/** Structured data for search engines: the report and the organisation that publishes it (only what the content states). */
export function reportJsonLd(report: Report, locale: Locale, t: Translate, url: string, image: string) {
	const page = report.pages[locale];
	const plain = (s: string) => renderPlain(s, report, locale, t);
	const metropolis = { '@type': 'Organization', name: 'Metropolis', url: 'https://www.metropolis.org/' };
	return {
		'@context': 'https://schema.org',
		'@type': 'Report',
		name: plain(page.title),
		headline: plain(page.hero.title),
		description: plain(page.description),
		inLanguage: locale,
		url,
		image,
		temporalCoverage: String(report.year),
		author: metropolis,
		publisher: metropolis,
	};
}
