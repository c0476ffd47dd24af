import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The project's own years (content/reports/), for the specs of the real content and of the editor (which
 * runs on a copy of the project): they work on whatever staff have published. Read from the files as they are
 * (YAML, and the MDX's `<Fig>` and `<Stat>` tags), not by the site's code, and never used for a value a
 * page must show: which years there are, the ids of each year's figures, what its Spanish page cites and labels.
 */
export interface ProjectYear {
	year: number;
	/** Every figure of figures.yaml, typed or derived. */
	figures: string[];
	/** The figures es.mdx cites in a `<Fig>` or a `<Stat>`. */
	cited: Set<string>;
	/** The figures es.mdx has a label for. */
	labels: string[];
}

const dir = 'content/reports';
const frontmatter = (mdx: string) => parse(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') as { labels?: Record<string, unknown> };

const folders = readdirSync(dir).filter((y) => /^\d{4}$/.test(y) && existsSync(join(dir, y, 'figures.yaml')));
const figuresOf = (y: string) =>
	parse(readFileSync(join(dir, y, 'figures.yaml'), 'utf8')) as {
		draft?: boolean;
		figures: { id: string }[];
		derived?: Record<string, unknown>;
	};

/** The years marked `draft: true`: the site leaves them out. */
export const drafts = folders.filter((y) => figuresOf(y).draft).map(Number);

/** The published years (no drafts), newest first. */
export const years: ProjectYear[] = folders
	.filter((y) => !drafts.includes(Number(y)))
	.map((y) => {
		const es = readFileSync(join(dir, y, 'es.mdx'), 'utf8');
		const data = figuresOf(y);
		return {
			year: Number(y),
			figures: [...data.figures.map((f) => f.id), ...Object.keys(data.derived ?? {})],
			cited: new Set([...es.matchAll(/<(?:Fig|Stat)\s+id="([^"]+)"/g)].map((m) => m[1]!)),
			labels: Object.keys(frontmatter(es).labels ?? {}),
		};
	})
	.sort((a, b) => b.year - a.year);
export const latest = years[0]!;
