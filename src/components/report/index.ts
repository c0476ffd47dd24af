import Section from './Section.astro';
import Stats from './Stats.astro';
import Stat from './Stat.astro';
import Fig from './Fig.astro';
import Change from './Change.astro';
import Chart from './Chart.astro';
import Note from './Note.astro';
import Lede from './Lede.astro';
import Columns from './Columns.astro';
import Link from './Link.astro';
import type { ComponentName } from '../../content/components';

/**
 * The components a report's MDX may use, by the names staff write (checked in src/content/components.ts),
 * and what its Markdown links become (`a`).
 */
export const reportComponents = { Section, Stats, Stat, Fig, Change, Chart, Lede, Note, Columns, a: Link } satisfies Record<
	ComponentName | 'a',
	unknown
>;
