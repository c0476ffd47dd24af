import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy, replace, root } from './fixture-year';
import { run } from './project-tools';

/**
 * A content file that tries to run code, as `npm run check` and a real `astro build` meet it. Each
 * attack would write a probe file if it ran; none may. The build refuses with the same plain lines
 * as the check, and its own guard (src/content/mdx-guard.ts) refuses MDX that reaches the compiler by
 * another route than the report's content loader.
 */
const work = mkdtempSync(join(tmpdir(), 'report-attack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const probe = join(work, 'probe');
/** JavaScript that leaves a file behind if it ever runs. */
const payload = `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(probe)}, 'ran')`;

/** The problem lines of an output, from `content/reports/` (or `src/`) on. */
const problems = (output: string) =>
	output
		.split('\n')
		.filter((l) => l.includes(' › '))
		.map((l) => l.replace(/^.*?((content\/reports|src\/pages)\/)/, '$1'));

describe('a report year whose MDX tries to run code or emit HTML', () => {
	const dir = fixtureCopy([
		replace('es.mdx', 'presenciales.', `presenciales {/* a */ ${payload} /* b */}.`),
		replace(
			'es.mdx',
			'<Note>Cifras inventadas para los tests.</Note>',
			`<Fragment set:html="&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example/&quot;&gt;" />\n\n[Más](JaVaScRiPt:alert(document.domain))`,
		),
		replace('figures.yaml', 'share: [team.staff]', 'share: [team.staff]\nlicence: { name: CC BY 4.0, url: "javascript:alert(1)" }'),
	]);
	const reports = join(dir, 'content/reports');
	const expected = [
		'content/reports/2030/es.mdx:25:132 › { }: las llaves { } no se usan en el texto del informe',
		'content/reports/2030/es.mdx:40:1 › <Fragment>: <Fragment> no es un componente del informe',
		'content/reports/2030/es.mdx:42:1 › enlace: «JaVaScRiPt:',
		'content/reports/2030/figures.yaml:40 › licence.url: no es una dirección web',
	];
	const check = (output: string) => {
		const lines = problems(output);
		expect(lines).toHaveLength(expected.length);
		lines.forEach((line, i) => expect(line.startsWith(expected[i]!), `${line}\nshould start with\n${expected[i]}`).toBe(true));
		expect(output).not.toMatch(/^\s+at /m);
		expect(existsSync(probe), 'the code never ran').toBe(false);
	};

	it('fails `npm run check` with one plain line per attack', () => {
		const result = run(['tsx', 'scripts/check-content.ts'], { REPORTS_DIR: reports });
		expect(result.status).toBe(1);
		check(result.stderr);
	});

	it('fails the build with the same lines, and writes nothing of the year', () => {
		const out = join(work, 'dist');
		const result = run(['astro', 'build', '--outDir', out], { REPORTS_DIR: reports });
		expect(result.status).not.toBe(0);
		check(result.stdout + result.stderr);
		expect(existsSync(join(out, 'es/2030/index.html'))).toBe(false);
	});
});

describe('MDX that reaches the compiler without the content check (a page of its own)', () => {
	// A copy of the project with valid report content, and one MDX page the content loader never reads.
	const project = join(work, 'project');
	let build: ReturnType<typeof run>;
	beforeAll(() => {
		mkdirSync(project);
		for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
			cpSync(join(root, f), join(project, f), { recursive: true });
		symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'junction');
		writeFileSync(join(project, 'src/pages/probe.mdx'), `---\ntitle: x\n---\n\nHola {/* a */ ${payload} /* b */}\n`);
		const reports = join(fixtureCopy([]), 'content/reports');
		build = run(['astro', 'build'], { REPORTS_DIR: reports }, project);
	}, 300_000);

	it('is refused by the build before it compiles: one plain line, and the code never ran', () => {
		const output = build.stdout + build.stderr;
		expect(build.status, output).not.toBe(0);
		expect(problems(output)).toEqual([expect.stringMatching(/^src\/pages\/probe\.mdx:5:6 › \{ \}: las llaves \{ \} no se usan/)]);
		expect(existsSync(probe), 'the code never ran').toBe(false);
		expect(existsSync(join(project, 'dist')) ? readdirSync(join(project, 'dist')) : []).not.toContain('probe');
	});
});

describe('the links a report may make', () => {
	const dir = fixtureCopy([
		replace(
			'es.mdx',
			'<Note>Cifras inventadas para los tests.</Note>',
			'<Note>Fuentes: [Metropolis](https://www.metropolis.org/), [correo](mailto:info@example.org), [el equipo](#equipo) y [otro año](/es/2030/).</Note>',
		),
	]);
	const out = join(work, 'links-dist');
	let html = '';
	beforeAll(() => {
		const build = run(['astro', 'build', '--outDir', out], { REPORTS_DIR: join(dir, 'content/reports') });
		expect(build.status, build.stdout + build.stderr).toBe(0);
		html = readFileSync(join(out, 'es/2030/index.html'), 'utf8');
	}, 300_000);

	it('keeps a page that leaves the site from reaching back (rel="noopener noreferrer"); e-mail, site and page links as written', () => {
		expect(html).toContain('<a href="https://www.metropolis.org/" rel="noopener noreferrer">Metropolis</a>');
		expect(html).toContain('<a href="mailto:info@example.org">correo</a>');
		expect(html).toContain('<a href="#equipo">el equipo</a>');
		expect(html).toContain('<a href="/es/2030/">otro año</a>');
	});
});
