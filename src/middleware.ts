import { defineMiddleware } from 'astro:middleware';
import { editor, reloadEvent } from 'virtual:metropolis/dev';
import { contentProblems } from './content/reports';
import type { ShownProblem } from './content/problems';
import { messageLanguage } from './content/language';
import { messagesFor } from './content/messages';
import { escapeHtml } from './format/inline';

/**
 * `npm run dev` with invalid content: every page shows the list of problems (file:line › what: …),
 * in plain words, instead of an error overlay with a stack trace. It reloads when a file is saved.
 * A build never gets here: it stops with the same list.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	if (!import.meta.env.DEV) return next();
	// The visual editor (npm run edit) stays open whatever the content: it is where staff fix it.
	if (/^\/(api\/)?keystatic(\/|$)/.test(context.url.pathname)) return next();
	const problems = await contentProblems();
	if (!problems.length) return next();
	const m = messagesFor(messageLanguage());
	// Under `npm run edit`: each problem the editor shows links to its entry there, and a link leads back to it.
	const item = (p: ShownProblem) =>
		`<li>${escapeHtml(p.line)}${editor && p.place ? `<br><a class="place" href="${escapeHtml(p.place.href)}">${escapeHtml(m.inEditor(p.place.text))}</a>` : ''}</li>`;
	const html = `<!doctype html><html lang="${messageLanguage()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.errorName)}</title>
<script type="module">import { createHotContext } from '/@vite/client'; createHotContext('/metropolis-problems').on('${reloadEvent}', () => location.reload());</script>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#14213d}li{margin:.5rem 0;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,monospace}.place{font-family:system-ui,sans-serif;font-weight:600}</style></head>
<body>${editor ? `<p><a href="/keystatic/">${escapeHtml(m.backToEditor)}</a></p>` : ''}<h1>${escapeHtml(m.errorName)}</h1><p>${escapeHtml(m.summary(problems.length))}</p><ul>${problems.map(item).join('')}</ul><p>${escapeHtml(editor ? m.editorFix : m.devFix)}</p></body></html>`;
	return new Response(html, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
});
