import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run publish` as staff use it, on a real git copy with a real "server" (a bare repository):
 * it refuses invalid content with the plain problem list, sends only what is under content/, and
 * says when there is nothing to send.
 */
const script = resolve('scripts/publish.ts');
const tsx = resolve('node_modules/tsx/dist/cli.mjs');
let work: string;
let server: string;

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const publishIn = (cwd: string, ...args: string[]) =>
	spawnSync(process.execPath, [tsx, script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CONTENT_LANG: 'es' }, input: '' });
const publish = (...args: string[]) => publishIn(work, ...args);

/** A git copy of the project as staff have it (2021's content and a README), published to its own "server". */
const newCopy = () => {
	const root = mkdtempSync(join(tmpdir(), 'report-publish-'));
	const copy = { root, server: join(root, 'server.git'), work: join(root, 'work') };
	git(root, 'init', '--quiet', '--bare', '--initial-branch=main', copy.server);
	git(root, 'clone', '--quiet', copy.server, copy.work);
	git(copy.work, 'config', 'user.name', 'Comunicación');
	git(copy.work, 'config', 'user.email', 'comunicacion@example.org');
	mkdirSync(join(copy.work, 'content/reports'), { recursive: true });
	cpSync(resolve('content/reports/2021'), join(copy.work, 'content/reports/2021'), { recursive: true });
	writeFileSync(join(copy.work, 'README.md'), 'proyecto\n');
	git(copy.work, 'add', '.');
	git(copy.work, 'commit', '--quiet', '-m', 'Inicio');
	git(copy.work, 'push', '--quiet', '-u', 'origin', 'main');
	return copy;
};

beforeAll(() => {
	({ work, server } = newCopy());
});

const es = (dir = work) => join(dir, 'content/reports/2021/es.mdx');
const serverLog = (at = server, branch = 'main') => git(at, 'log', '--format=%s', branch);

describe('npm run publish', () => {
	it('with nothing changed under content/, says so and sends nothing', () => {
		const run = publish('Nada');
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('No hay cambios en content/ que publicar.');
		expect(serverLog()).toBe('Inicio');
	});

	it('refuses invalid content with the problem list, and records nothing', () => {
		const good = readFileSync(es(), 'utf8');
		writeFileSync(es(), good.replace(/<Fig id="voice\.campaigns"/, '<Fig id="voice.campaign"'));
		const run = publish('Un cambio roto');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/content\/reports\/2021\/es\.mdx:\d+:\d+ › <Fig id="voice\.campaign">: «voice\.campaign» no es una cifra de figures\.yaml/);
		expect(run.stderr).toContain('No se ha publicado nada');
		expect(git(work, 'log', '--format=%s')).toBe('Inicio');
		writeFileSync(es(), good);
	});

	it('records and sends only the content changes, with the sentence given', () => {
		const good = readFileSync(es(), 'utf8');
		writeFileSync(es(), good.replace('staff.professionals: Profesionales', 'staff.professionals: Profesionales de la Secretaría'));
		appendFileSync(join(work, 'README.md'), 'cambio que no es contenido\n');
		const run = publish('Etiqueta', 'más', 'clara');
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('modificado: content/reports/2021/es.mdx');
		expect(run.stdout).toContain('Publicado.');
		expect(serverLog().split('\n')[0]).toBe('Etiqueta más clara');
		expect(git(server, 'show', '--name-only', '--format=', 'main')).toBe('content/reports/2021/es.mdx');
		// What is not content stays as it was, unrecorded.
		expect(git(work, 'status', '--porcelain')).toBe('M README.md');
	});

	it('without a sentence, asks for one and records nothing when none is given', () => {
		writeFileSync(es(), readFileSync(es(), 'utf8').replace('de la Secretaría', 'de la Secretaría General'));
		const run = publish();
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('Describe el cambio en una frase');
		expect(run.stderr).toContain('hace falta una frase');
		expect(serverLog().split('\n')).toHaveLength(2);
	});
});

describe('npm run publish when someone else published in the meantime', () => {
	let other: string;
	beforeAll(() => {
		other = mkdtempSync(join(tmpdir(), 'report-publish-other-'));
		git(other, 'clone', '--quiet', server, '.');
		git(other, 'config', 'user.name', 'Otra persona');
		git(other, 'config', 'user.email', 'otra@example.org');
	});
	const fr = (dir: string) => join(dir, 'content/reports/2021/fr.mdx');
	const otherPublishes = (edit: (text: string) => string, file: (dir: string) => string, message: string) => {
		git(other, 'pull', '--quiet');
		writeFileSync(file(other), edit(readFileSync(file(other), 'utf8')));
		git(other, 'commit', '--quiet', '-am', message);
		git(other, 'push', '--quiet');
	};

	it('brings their change in, checks both together, and sends this one', () => {
		otherPublishes((t) => t.replace('staff.professionals: ', 'staff.professionals: Nos '), fr, 'Cambio en francés');
		// This copy still has the Spanish change the previous test left unsent (and a README change that is not content).
		const run = publish('Secretaría General');
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('Otra persona ha publicado cambios');
		expect(run.stdout).toContain('Publicado.');
		expect(serverLog().split('\n').slice(0, 2)).toEqual(['Secretaría General', 'Cambio en francés']);
		expect(readFileSync(fr(work), 'utf8')).toContain('staff.professionals: Nos ');
		expect(git(work, 'status', '--porcelain')).toBe('M README.md');
	});

	it('when both changed the same line, sends nothing, keeps this change, and says to ask for help', () => {
		otherPublishes((t) => t.replace('Secretaría General', 'Secretaría (otra)'), es, 'Cambio de otra persona');
		writeFileSync(es(), readFileSync(es(), 'utf8').replace('Secretaría General', 'Secretaría (mía)'));
		const run = publish('Mi cambio');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('tocan las mismas líneas');
		expect(serverLog().split('\n')[0]).toBe('Cambio de otra persona');
		// Recorded here, nothing half-done: no rebase left open, the file as this person wrote it.
		expect(git(work, 'log', '-1', '--format=%s')).toBe('Mi cambio');
		expect(git(work, 'status')).not.toMatch(/rebase/i);
		expect(readFileSync(es(), 'utf8')).toContain('Secretaría (mía)');
	});
});

describe('npm run publish with a 2021 figure that no longer matches its source', () => {
	it('refuses, naming the figure, and records nothing', () => {
		// A copy of the project as staff have it (the source check comes with it), with its own server.
		const root = mkdtempSync(join(tmpdir(), 'report-publish-source-'));
		const copy = join(root, 'work');
		git(root, 'init', '--quiet', '--bare', '--initial-branch=main', join(root, 'server.git'));
		git(root, 'clone', '--quiet', join(root, 'server.git'), copy);
		git(copy, 'config', 'user.name', 'Comunicación');
		git(copy, 'config', 'user.email', 'comunicacion@example.org');
		for (const f of ['content', 'src', 'scripts', 'tests/unit/seed.test.ts', 'vitest.config.ts', 'tsconfig.json', 'package.json']) cpSync(resolve(f), join(copy, f), { recursive: true });
		symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir');
		writeFileSync(join(copy, '.gitignore'), 'node_modules\n');
		git(copy, 'add', '.');
		git(copy, 'commit', '--quiet', '-m', 'Inicio');
		git(copy, 'push', '--quiet', '-u', 'origin', 'main');
		// A count of 2021 typed one higher than the source says.
		const figures = join(copy, 'content/reports/2021/figures.yaml');
		const text = readFileSync(figures, 'utf8');
		const [, id, value] = /- id: (\S+)\n\s+value: (\d+)\n\s+kind: count/.exec(text)!;
		writeFileSync(figures, text.replace(`- id: ${id}\n    value: ${value}\n`, `- id: ${id}\n    value: ${Number(value) + 1}\n`));

		const run = spawnSync(process.execPath, [tsx, join(copy, 'scripts/publish.ts'), 'Una cifra de 2021'], { cwd: copy, encoding: 'utf8', env: { ...process.env, CONTENT_LANG: 'es' }, input: '' });
		expect(run.status, run.stdout).toBe(1);
		expect(run.stderr).toContain('las cifras de 2021 deben coincidir con su fuente');
		expect(run.stderr).toContain(id);
		expect(git(copy, 'log', '--format=%s')).toBe('Inicio');
	}, 120_000);
});
