import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tool } from '../../scripts/tool.mjs';

/**
 * `npm run publish` as staff use it, on a real git copy with a real "server" (a bare repository):
 * it refuses invalid content with the plain problem list, sends only what is under content/, and
 * says when there is nothing to send.
 */
const script = resolve('scripts/publish.ts');
let work: string;
let server: string;

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const publishIn = (cwd: string, ...args: string[]) =>
	spawnSync(...tool('tsx', [script, ...args]), { cwd, encoding: 'utf8', env: { ...process.env, CONTENT_LANG: 'es' }, input: '' });
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
		expect(run.stderr).toMatch(
			/content\/reports\/2021\/es\.mdx:\d+:\d+ › <Fig id="voice\.campaign">: «voice\.campaign» no es una cifra de figures\.yaml/,
		);
		expect(run.stderr).toContain('No se ha publicado nada');
		expect(git(work, 'log', '--format=%s')).toBe('Inicio');
		writeFileSync(es(), good);
	});

	it('refuses content that would run code or link to javascript:, one plain line each, and records nothing', () => {
		const good = readFileSync(es(), 'utf8');
		const sentence = good.indexOf('<Fig id="voice.campaigns"');
		writeFileSync(
			es(),
			`${good.slice(0, sentence)}{/* a */ globalThis.probe = 1 /* b */} [más](JavaScript:alert(1)) ${good.slice(sentence)}`,
		);
		const run = publish('Un cambio con código');
		expect(run.status).toBe(1);
		const lines = run.stderr.split('\n').filter((l) => l.includes(' › '));
		expect(lines).toEqual([
			expect.stringMatching(/^content\/reports\/2021\/es\.mdx:\d+:\d+ › \{ \}: las llaves \{ \} no se usan en el texto del informe/),
			expect.stringMatching(/^content\/reports\/2021\/es\.mdx:\d+:\d+ › enlace: «JavaScript:alert\(1\)» no sirve como enlace/),
		]);
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
		for (const f of ['content', 'src', 'scripts', 'tests/unit/seed.test.ts', 'vitest.config.ts', 'tsconfig.json', 'package.json'])
			cpSync(resolve(f), join(copy, f), { recursive: true });
		symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'junction');
		writeFileSync(join(copy, '.gitignore'), 'node_modules\n');
		git(copy, 'add', '.');
		git(copy, 'commit', '--quiet', '-m', 'Inicio');
		git(copy, 'push', '--quiet', '-u', 'origin', 'main');
		// A count of 2021 typed one higher than the source says.
		const figures = join(copy, 'content/reports/2021/figures.yaml');
		const text = readFileSync(figures, 'utf8');
		const [, id, value] = /- id: (\S+)\n\s+value: (\d+)\n\s+kind: count/.exec(text)!;
		writeFileSync(figures, text.replace(`- id: ${id}\n    value: ${value}\n`, `- id: ${id}\n    value: ${Number(value) + 1}\n`));

		const run = spawnSync(...tool('tsx', [join(copy, 'scripts/publish.ts'), 'Una cifra de 2021']), {
			cwd: copy,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_LANG: 'es' },
			input: '',
		});
		expect(run.status, run.stdout).toBe(1);
		expect(run.stderr).toContain('las cifras de 2021 deben coincidir con su fuente');
		expect(run.stderr).toContain(id);
		expect(git(copy, 'log', '--format=%s')).toBe('Inicio');
	}, 120_000);
});

/**
 * What git's state could send, or hide, beyond what staff see listed: a copy's git state is untrusted
 * input (a developer's commits, a half-done merge, settings, hooks), and so is the server's answer.
 */
describe('npm run publish sends only what it lists', () => {
	/** A valid change to the Spanish page, as staff make it. */
	const editContent = (dir: string, label = 'Profesionales de la Secretaría') =>
		writeFileSync(es(dir), readFileSync(es(dir), 'utf8').replace(/staff\.professionals: .*/, `staff.professionals: ${label}`));
	/** git, when the command is meant to stop half-way (a conflict). */
	const gitMayFail = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
	const head = (dir: string) => git(dir, 'rev-parse', 'HEAD');
	/** A commit of one file, as a developer makes it. */
	const commitFile = (dir: string, file: string, text: string, message: string) => {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
		git(dir, 'add', file);
		git(dir, 'commit', '--quiet', '-m', message);
	};

	it('with a commit recorded here that changes files outside content/, names it and sends nothing', () => {
		const { work, server } = newCopy();
		commitFile(work, 'src/site.ts', 'export const site = 1;\n', 'Código sin revisar');
		const before = head(work);
		editContent(work);
		const run = publishIn(work, 'Etiqueta');
		expect(run.status, run.stdout).toBe(1);
		expect(run.stderr).toContain('tocan archivos fuera de content/');
		expect(run.stderr).toMatch(new RegExp(`^  ${before.slice(0, 7)} «Código sin revisar» \\(src/site\\.ts\\)$`, 'm'));
		expect(run.stderr).toContain('Pide a un desarrollador');
		expect(serverLog(server)).toBe('Inicio');
		expect(head(work)).toBe(before);
		// Nor when this copy's record of the server's branch is made to say it was sent: that record is fetched first.
		git(work, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
		const forged = publishIn(work, 'Etiqueta');
		expect(forged.status, forged.stdout).toBe(1);
		expect(forged.stderr).toContain('«Código sin revisar» (src/site.ts)');
		expect(serverLog(server)).toBe('Inicio');
	});

	it('on a detached HEAD refuses before recording; back on the branch, the edit is published', () => {
		const { work, server } = newCopy();
		git(work, 'checkout', '--quiet', '--detach');
		const before = head(work);
		editContent(work);
		const run = publishIn(work, 'Sin rama');
		expect(run.status, run.stdout).toBe(1);
		expect(run.stderr).toContain('no está en ninguna rama');
		expect(run.stderr).toContain('No se ha publicado nada');
		expect(head(work)).toBe(before);
		git(work, 'checkout', '--quiet', 'main');
		const again = publishIn(work, 'Ya en la rama');
		expect(again.status, again.stderr).toBe(0);
		expect(serverLog(server)).toBe('Ya en la rama\nInicio');
	});

	it('with a merge, rebase, cherry-pick or revert half done, or a conflict left unresolved, refuses in plain words', () => {
		const { root, work, server } = newCopy();
		// A developer's branch and a change on main, both touching the README, so that they conflict.
		git(work, 'checkout', '--quiet', '-b', 'otra');
		commitFile(work, 'README.md', 'otra\n', 'README de otra rama');
		git(work, 'checkout', '--quiet', 'main');
		commitFile(work, 'README.md', 'proyecto\ncon una línea más\n', 'README');
		git(work, 'push', '--quiet');
		const refuses = (operation: RegExp) => {
			const run = publishIn(work, 'A medias');
			expect(run.status, run.stdout).toBe(1);
			expect(run.stderr).toMatch(operation);
			expect(run.stderr).toContain('No se ha publicado nada');
			expect(run.stderr).not.toMatch(/fatal:|error:/);
			expect(serverLog(server)).toBe('README\nInicio');
		};

		gitMayFail(work, 'rebase', '--exec', 'false', 'HEAD~1'); // stops after the first step
		refuses(/un «git rebase» a medias/);
		git(work, 'rebase', '--abort');
		editContent(work);
		gitMayFail(work, 'merge', 'otra');
		refuses(/un «git merge» a medias/);
		git(work, 'merge', '--abort');
		gitMayFail(work, 'cherry-pick', 'otra');
		refuses(/un «git cherry-pick» a medias/);
		git(work, 'cherry-pick', '--abort');
		git(work, 'revert', '--no-commit', 'HEAD');
		refuses(/un «git revert» a medias/);
		git(work, 'revert', '--abort');
		// In a second working copy (git worktree), where .git is a file, not a folder.
		const second = join(root, 'segunda');
		git(work, 'worktree', 'add', '--quiet', '--detach', second, 'main');
		gitMayFail(second, 'merge', 'otra');
		const inWorktree = publishIn(second, 'A medias');
		expect(inWorktree.status, inWorktree.stdout).toBe(1);
		expect(inWorktree.stderr).toMatch(/un «git merge» a medias/);
		// A stash put back on another branch: a conflict with no operation under way.
		appendFileSync(join(work, 'README.md'), 'guardado aparte\n');
		git(work, 'stash', 'push', '--quiet', '--', 'README.md');
		git(work, 'checkout', '--quiet', 'otra');
		gitMayFail(work, 'stash', 'pop');
		refuses(/conflicto sin resolver/);
	});

	it('refuses before recording when this copy does not send to the branch the site is published from', () => {
		const { work, server } = newCopy();
		git(work, 'checkout', '--quiet', '-b', 'borrador');
		const before = head(work);
		editContent(work);
		const noUpstream = publishIn(work, 'Sin destino');
		expect(noUpstream.status, noUpstream.stdout).toBe(1);
		expect(noUpstream.stderr).toContain('no sabe a qué rama del servidor enviar');
		expect(head(work)).toBe(before);

		git(work, 'push', '--quiet', '-u', 'origin', 'borrador');
		const other = publishIn(work, 'A otra rama');
		expect(other.status, other.stdout).toBe(1);
		expect(other.stderr).toContain('envía a la rama «borrador» del servidor, y el sitio se publica desde «main»');
		expect(serverLog(server, 'borrador')).toBe('Inicio');
		expect(head(work)).toBe(before);

		git(work, 'remote', 'remove', 'origin');
		const noRemote = publishIn(work, 'Sin servidor');
		expect(noRemote.status, noRemote.stdout).toBe(1);
		expect(noRemote.stderr).toContain('no sabe a qué rama del servidor enviar');
		expect(head(work)).toBe(before);
	});

	it('never sends what is staged outside content/ or what a hook adds to the commit', () => {
		const { work, server } = newCopy();
		mkdirSync(join(work, 'src'));
		writeFileSync(join(work, 'src/staged.ts'), 'export {};\n');
		git(work, 'add', 'src/staged.ts');
		// A hook left on this computer that slips a file into every commit.
		writeFileSync(
			join(work, git(work, 'rev-parse', '--git-path', 'hooks/pre-commit')),
			'#!/bin/sh\necho "export {};" > src/hook.ts\ngit add src/hook.ts\n',
			{ mode: 0o755 },
		);
		editContent(work);
		const run = publishIn(work, 'Con gancho');
		expect(run.status, run.stdout).toBe(1);
		expect(run.stderr).toMatch(/^ {2}[0-9a-f]{7} «Con gancho» \(src\/hook\.ts\)$/m);
		expect(serverLog(server)).toBe('Inicio');
		expect(git(work, 'show', '--name-only', '--format=', 'HEAD').split('\n')).not.toContain('src/staged.ts');
	});

	it('sends only its own branch, whatever git settings would add (push.default=matching, push.followTags)', () => {
		const { work, server } = newCopy();
		// A developer's branch on the server, with a commit here not sent yet, and a tag.
		git(work, 'push', '--quiet', 'origin', 'main:dev');
		git(work, 'checkout', '--quiet', '-b', 'dev', '--no-track', 'main');
		commitFile(work, 'README.md', 'en desarrollo\n', 'Trabajo de desarrollo');
		git(work, 'tag', '-a', '-m', 'Versión de prueba', 'v0-prueba');
		git(work, 'checkout', '--quiet', 'main');
		git(work, 'config', 'push.default', 'matching');
		git(work, 'config', 'push.followTags', 'true');
		git(work, 'tag', '-a', '-m', 'Inicio', 'v0-inicio');
		editContent(work);
		const run = publishIn(work, 'Solo contenido');
		expect(run.status, run.stderr).toBe(0);
		expect(serverLog(server)).toBe('Solo contenido\nInicio');
		expect(serverLog(server, 'dev')).toBe('Inicio');
		expect(git(server, 'tag')).toBe('');
	});

	it('shows file names as staff typed them: accents, spaces, renames, and nothing that could fake a line', () => {
		const { work, server } = newCopy();
		commitFile(work, 'content/notas/lista.txt', 'una lista\n', 'Notas');
		git(work, 'push', '--quiet');
		git(work, 'mv', 'content/notas/lista.txt', 'content/notas/lista de años.txt');
		const forged = 'content/notas/línea\n  borrado: es.mdx';
		for (const f of ['content/reports/2021/é.txt', 'content/notas/mi nota.txt', forged]) writeFileSync(join(work, f), 'nota\n');
		const run = publishIn(work, 'Nombres');
		expect(run.status, run.stderr).toBe(0);
		const listed = run.stdout.split('\n').filter((l) => l.startsWith('  '));
		expect(listed.sort()).toEqual(
			[
				'  renombrado: content/notas/lista.txt → content/notas/lista de años.txt',
				'  nuevo: content/reports/2021/é.txt',
				'  nuevo: content/notas/mi nota.txt',
				'  nuevo: content/notas/línea\\u000a  borrado: es.mdx',
			].sort(),
		);
		expect(git(server, 'ls-tree', '-r', '--name-only', '-z', 'main', 'content/notas').split('\0').filter(Boolean).sort()).toEqual(
			['content/notas/lista de años.txt', 'content/notas/mi nota.txt', forged].sort(),
		);
	});

	it('when the server declines (a hook), says so, not that someone else published; once allowed, sends what is pending', () => {
		const { work, server } = newCopy();
		const hook = join(server, 'hooks/pre-receive');
		writeFileSync(hook, '#!/bin/sh\necho "Publicar está cerrado hoy" >&2\nexit 1\n', { mode: 0o755 });
		editContent(work);
		const run = publishIn(work, 'Rechazado');
		expect(run.status, run.stdout).toBe(1);
		expect(run.stdout).not.toContain('Otra persona');
		expect(run.stderr).toContain('el servidor no lo ha aceptado («pre-receive hook declined»)');
		expect(serverLog(server)).toBe('Inicio');
		expect(git(work, 'log', '-1', '--format=%s')).toBe('Rechazado');
		rmSync(hook);
		const again = publishIn(work);
		expect(again.status, again.stderr).toBe(0);
		expect(again.stdout).toContain('  «Rechazado»');
		expect(serverLog(server)).toBe('Rechazado\nInicio');
	});

	it('without a connection says so in plain words: before recording, or after (then the next run sends it)', async () => {
		const { root, work, server } = newCopy();
		editContent(work);
		git(work, 'remote', 'set-url', 'origin', join(root, 'no-such-server.git'));
		const missing = publishIn(work, 'Sin servidor');
		expect(missing.status, missing.stdout).toBe(1);
		expect(missing.stderr).toContain('No se ha publicado nada: no he podido conectar con el servidor');
		expect(missing.stderr).not.toContain('fatal:');
		expect(git(work, 'log', '--format=%s')).toBe('Inicio');

		// Fetching works, sending goes to a loopback port where nothing listens.
		git(work, 'remote', 'set-url', 'origin', server);
		const port = await new Promise<number>((done) => {
			const probe = createServer().listen(0, '127.0.0.1', () => {
				const { port } = probe.address() as AddressInfo;
				probe.close(() => done(port));
			});
		});
		git(work, 'remote', 'set-url', '--push', 'origin', `http://127.0.0.1:${port}/server.git`);
		const closed = publishIn(work, 'Sin conexión');
		expect(closed.status, closed.stdout).toBe(1);
		expect(closed.stderr).toContain('no se ha podido enviar');
		expect(closed.stderr).not.toContain('fatal:');
		expect(serverLog(server)).toBe('Inicio');
		git(work, 'config', '--unset', 'remote.origin.pushurl');
		const again = publishIn(work);
		expect(again.status, again.stderr).toBe(0);
		expect(again.stdout).toContain('  «Sin conexión»');
		expect(serverLog(server)).toBe('Sin conexión\nInicio');
	});
});
