// `npm run check` (first half): validates every content file without building the site, and
// prints each problem on its own line as `file › field: what is wrong (got X, expected Y)`.
import { readReports } from '../src/content/read';

const root = process.env.CONTENT_ROOT ?? process.cwd();
const { value, errors, warnings } = readReports(root, process.env.REPORTS_DIR);
for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length) {
	console.error(`The report content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:`);
	for (const e of errors) console.error(e);
	process.exit(1);
}
console.log(`Content is valid: ${value!.map((r) => r.year).join(', ')} in ${Object.keys(value![0]!.text).join(', ')}.`);
