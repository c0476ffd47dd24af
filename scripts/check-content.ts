// `npm run check` (first half): validates every report year without building the site, and prints
// each problem on its own line as `file:line › what: what is wrong, what to do`, in the language of
// CONTENT_LANG (es or en; by default the system's).
import { readReports } from '../src/content/read';
import { messageLanguage } from '../src/content/language';
import { messagesFor } from '../src/content/messages';
import { formatProblem } from '../src/content/problems';
import { locales } from '../src/i18n/config';

const m = messagesFor(messageLanguage());
const { reports, errors, warnings } = readReports(process.cwd(), { dir: process.env.REPORTS_DIR });
for (const w of warnings) console.warn(`${m.warning}: ${formatProblem(w)}`);
for (const r of reports) if (r.draft) console.warn(`${m.warning}: ${m.draftYear(String(r.year))}`);
if (errors.length) {
	console.error(m.summary(errors.length));
	for (const e of errors) console.error(formatProblem(e));
	console.error(m.terminalFix);
	process.exit(1);
}
console.log(m.valid(reports.map((r) => r.year).join(', '), locales.join(', ')));
