// `npm run publish`: from "saved" to "live", for the people who edit the report. It checks the content,
// records only the changes under content/ (a git commit, with a sentence the editor writes) and sends
// them (git push); the deploy workflow then builds and publishes the site. It refuses, in plain words,
// when the content has problems, and says what to do whenever git cannot go on.
// What it sends is what it lists: this copy's git state is untrusted (a developer's commits, a merge
// half done, settings, hooks), so it refuses before recording anything when the copy is in a state
// where that would not hold, and checks every commit it sends changes only content/.
//   npm run publish                      asks for the sentence
//   npm run publish -- "Corrige la cifra de seguidores"
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { messageLanguage } from '../src/content/language';
import { tool } from './tool.mjs';

const text = {
	es: {
		notRepo: 'Esta carpeta no es una copia del proyecto con git: abre la terminal en la carpeta del informe.',
		nothing: 'No hay cambios en content/ que publicar.',
		checking: 'Revisando el contenido…',
		refused: 'No se ha publicado nada: corrige los problemas de arriba, guarda y vuelve a ejecutar npm run publish.',
		sourceMismatch: (year: string, lines: string) =>
			`No se ha publicado nada: las cifras de ${year} deben coincidir con su fuente (content/reports/${year}/source.es.txt), y con este cambio no coinciden:\n${lines}\nDeshaz el cambio de esas cifras. Si es la fuente la que tenía un error, pide a un desarrollador que actualice esa comprobación (tests/unit/seed.test.ts).`,
		changes: 'Cambios que se publicarán:',
		kinds: { M: 'modificado', A: 'nuevo', D: 'borrado', R: 'renombrado', '?': 'nuevo' } as Record<string, string>,
		ask: 'Describe el cambio en una frase (por ejemplo «Corrige la cifra de seguidores»): ',
		noMessage: 'No se ha publicado nada: hace falta una frase que describa el cambio.',
		noIdentity:
			'Git no sabe quién eres. Escribe una vez, con tu nombre y correo:\n  git config --global user.name "Tu nombre"\n  git config --global user.email "tu@correo"\ny vuelve a ejecutar npm run publish.',
		committed: (m: string) => `Guardado en la historia del proyecto: «${m}».`,
		halfDone: (operation: string) =>
			`No se ha publicado nada: en esta copia hay un «git ${operation}» a medias (git status lo explica). Tus archivos siguen como los dejaste. Pide a un desarrollador que lo termine o lo cancele, y vuelve a ejecutar npm run publish.`,
		unmerged:
			'No se ha publicado nada: en esta copia hay archivos con un conflicto sin resolver (git status los muestra). Tus archivos siguen como los dejaste. Pide a un desarrollador que lo resuelva, y vuelve a ejecutar npm run publish.',
		detached:
			'No se ha publicado nada: esta copia no está en ninguna rama (git dice «detached HEAD»), y lo que se guardara aquí no llegaría al sitio. Tus archivos siguen como los dejaste. Pide a un desarrollador que vuelva a poner la copia en su rama, y vuelve a ejecutar npm run publish.',
		noUpstream:
			'No se ha publicado nada: esta copia no sabe a qué rama del servidor enviar (git remote, upstream). Tus archivos siguen como los dejaste. Pide a un desarrollador que lo configure, y vuelve a ejecutar npm run publish.',
		offline:
			'No se ha publicado nada: no he podido conectar con el servidor (¿hay conexión a internet?). Tus archivos siguen como los dejaste. Comprueba la conexión y vuelve a ejecutar npm run publish.',
		wrongBranch: (branch: string, site: string) =>
			`No se ha publicado nada: esta copia envía a la rama «${branch}» del servidor, y el sitio se publica desde «${site}»: lo enviado no llegaría al sitio. Tus archivos siguen como los dejaste. Pide a un desarrollador que pase la copia a la rama ${site}, y vuelve a ejecutar npm run publish.`,
		outsideContent: (lines: string) =>
			`No se ha publicado nada: en este ordenador hay cambios guardados en la historia, aún sin enviar, que tocan archivos fuera de content/:\n${lines}\nnpm run publish solo envía contenido. Pide a un desarrollador que los envíe o los deshaga, y vuelve a ejecutar npm run publish.`,
		earlier: 'Se envían también estos cambios, guardados antes y aún sin enviar:',
		quoted: (sentence: string) => `«${sentence}»`,
		pushFailed:
			'El cambio está guardado en tu ordenador, pero no se ha podido enviar: no he podido conectar con el servidor. Comprueba la conexión y vuelve a ejecutar npm run publish: enviará lo pendiente.',
		serverRefused: (reason: string) =>
			`No se ha publicado nada: el servidor no lo ha aceptado${reason ? ` («${reason}»)` : ''}. No es la conexión ni el contenido: el servidor no admite envíos a esa rama (quizá está protegida). Tu cambio sigue guardado en tu ordenador. Pide a un desarrollador que lo revise; después, npm run publish enviará lo pendiente.`,
		updating: 'Otra persona ha publicado cambios desde tu última actualización: los traigo y vuelvo a enviar el tuyo…',
		conflict:
			'No se ha enviado nada: tu cambio y uno de otra persona tocan las mismas líneas. Tu cambio sigue guardado en tu ordenador. Pide ayuda a un desarrollador para juntarlos.',
		refusedAfterUpdate:
			'No se ha enviado nada: junto con los cambios de la otra persona, el contenido tiene los problemas de arriba. Corrígelos, guarda y vuelve a ejecutar npm run publish.',
		sending: 'Enviando…',
		done: 'Publicado. El sitio se actualiza en unos minutos, cuando termine el despliegue.',
	},
	en: {
		notRepo: 'This folder is not a git copy of the project: open the terminal in the report folder.',
		nothing: 'No changes in content/ to publish.',
		checking: 'Checking the content…',
		refused: 'Nothing was published: fix the problems above, save, and run npm run publish again.',
		sourceMismatch: (year: string, lines: string) =>
			`Nothing was published: the ${year} figures must match their source (content/reports/${year}/source.es.txt), and with this change they do not:\n${lines}\nUndo the change to those figures. If the source itself was wrong, ask a developer to update that check (tests/unit/seed.test.ts).`,
		changes: 'Changes to publish:',
		kinds: { M: 'changed', A: 'new', D: 'deleted', R: 'renamed', '?': 'new' } as Record<string, string>,
		ask: 'Describe the change in one sentence (for example "Fix the followers figure"): ',
		noMessage: 'Nothing was published: a sentence describing the change is needed.',
		noIdentity:
			'Git does not know who you are. Type once, with your name and email:\n  git config --global user.name "Your name"\n  git config --global user.email "you@example.org"\nthen run npm run publish again.',
		committed: (m: string) => `Recorded in the project's history: "${m}".`,
		halfDone: (operation: string) =>
			`Nothing was published: this copy has a "git ${operation}" half done (git status explains it). Your files are as you left them. Ask a developer to finish or cancel it, then run npm run publish again.`,
		unmerged:
			'Nothing was published: this copy has files with an unresolved conflict (git status shows them). Your files are as you left them. Ask a developer to resolve it, then run npm run publish again.',
		detached:
			'Nothing was published: this copy is on no branch (git says "detached HEAD"), and what is recorded here would not reach the site. Your files are as you left them. Ask a developer to put the copy back on its branch, then run npm run publish again.',
		noUpstream:
			'Nothing was published: this copy does not know which branch of the server to send to (git remote, upstream). Your files are as you left them. Ask a developer to set it up, then run npm run publish again.',
		offline:
			'Nothing was published: could not connect to the server (is there an internet connection?). Your files are as you left them. Check the connection and run npm run publish again.',
		wrongBranch: (branch: string, site: string) =>
			`Nothing was published: this copy sends to the server's branch "${branch}", and the site is published from "${site}": what is sent would not reach the site. Your files are as you left them. Ask a developer to move the copy to the branch ${site}, then run npm run publish again.`,
		outsideContent: (lines: string) =>
			`Nothing was published: this computer has changes recorded in the history, not sent yet, that touch files outside content/:\n${lines}\nnpm run publish only sends content. Ask a developer to send or undo them, then run npm run publish again.`,
		earlier: 'These changes, recorded earlier and not sent yet, are sent too:',
		quoted: (sentence: string) => `"${sentence}"`,
		pushFailed:
			'The change is recorded on your computer but could not be sent: could not connect to the server. Check the connection and run npm run publish again: it sends what is pending.',
		serverRefused: (reason: string) =>
			`Nothing was published: the server did not accept it${reason ? ` ("${reason}")` : ''}. It is not the connection nor the content: the server does not take changes to that branch (it may be protected). Your change stays recorded on your computer. Ask a developer to look into it; then npm run publish sends what is pending.`,
		updating: 'Someone else has published changes since your last update: bringing them in and sending yours again…',
		conflict:
			"Nothing was sent: your change and someone else's touch the same lines. Your change stays recorded on your computer. Ask a developer to help combine them.",
		refusedAfterUpdate:
			"Nothing was sent: together with the other person's changes, the content has the problems above. Fix them, save, and run npm run publish again.",
		sending: 'Sending…',
		done: 'Published. The site updates in a few minutes, when the deployment finishes.',
	},
}[messageLanguage()];

const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
const say = (s: string) => console.log(s);
const stop = (s: string, code = 1): never => {
	console.error(s);
	process.exit(code);
};
/**
 * A name or sentence from git as it was typed, on one line: control and invisible characters (a newline,
 * a right-to-left override) show as \u…, so a file name cannot fake a line of the list or reorder it.
 */
const shown = (s: string) => s.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);

const top = git('rev-parse', '--show-toplevel');
if (top.status !== 0) stop(text.notRepo);
process.chdir(top.stdout.trim());

/** Where this copy's commits go. */
interface Destination {
	/** The server, by the name git knows it (origin). */
	remote: string;
	/** Its branch (refs/heads/main). */
	branch: string;
	/** This copy's record of that branch (refs/remotes/origin/main). */
	tracking: string;
}

/**
 * The git operation half done in this copy, if any: with one of them a commit of content/ fails or
 * would record more than content. Asked of git (--git-path): in a worktree, .git is a file.
 */
const operationHalfDone = () => {
	const marks: Record<string, string> = {
		MERGE_HEAD: 'merge',
		'rebase-merge': 'rebase',
		'rebase-apply': 'rebase',
		CHERRY_PICK_HEAD: 'cherry-pick',
		REVERT_HEAD: 'revert',
	};
	const paths = git('rev-parse', ...Object.keys(marks).flatMap((mark) => ['--git-path', mark])).stdout.split('\n');
	return Object.values(marks).find((_, i) => paths[i] && existsSync(paths[i]));
};

/**
 * Where this copy sends: the server's branch that its branch follows. Refuses, before anything is
 * recorded, a copy where that is not clear: an operation half done, a conflict, no branch (a commit
 * there would reach no branch), or no upstream on a configured remote.
 */
const destination = (): Destination => {
	const operation = operationHalfDone();
	if (operation) stop(text.halfDone(operation));
	if (git('ls-files', '--unmerged').stdout) stop(text.unmerged);
	const head = git('symbolic-ref', '--quiet', 'HEAD').stdout.trim();
	if (!head.startsWith('refs/heads/')) stop(text.detached);
	const [remote = '', branch = '', tracking = ''] = git(
		'for-each-ref',
		'--format=%(upstream:remotename)%00%(upstream:remoteref)%00%(upstream)',
		head,
	)
		.stdout.split('\n')[0]!
		.split('\0');
	// A remote by name (not "." nor a path or URL typed in its place), and a branch name git would accept.
	const remotes = git('remote').stdout.split('\n').filter(Boolean);
	const valid =
		remotes.includes(remote) &&
		branch.startsWith('refs/heads/') &&
		tracking.startsWith('refs/remotes/') &&
		git('check-ref-format', branch).status === 0;
	if (!valid) stop(text.noUpstream);
	return { remote, branch, tracking };
};

/** Brings the server's branch (that one only, no tags) up to date here; whether the server answered. */
const fetched = (to: Destination) => git('fetch', '--quiet', '--no-tags', '--', to.remote, `+${to.branch}:${to.tracking}`).status === 0;

/** The branch the server publishes from (its default branch, which the deploy workflow builds), or undefined if it does not say. */
const publishedBranch = (to: Destination) =>
	/^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(git('ls-remote', '--symref', '--', to.remote, 'HEAD').stdout)?.[1];
const branchName = (ref: string) => shown(ref.replace(/^refs\/heads\//, ''));

/** The commits here that the server's branch does not have yet, oldest first, with what each changes outside content/. */
const unsent = (to: Destination) =>
	git('log', '--reverse', '--format=%H%x00%h%x00%s', `${to.tracking}..HEAD`)
		.stdout.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [commit = '', short = '', subject = ''] = line.split('\0');
			// Against all its parents at once (-c): a merge counts for what it changes itself, not for
			// what it brought in from the server's side.
			const files = git('diff-tree', '-r', '-c', '--root', '--no-commit-id', '--name-only', '-z', commit).stdout.split('\0');
			return { short, subject, outside: files.filter((f) => f && !f.startsWith('content/')) };
		});

/** Refuses when a commit that would be sent changes anything outside content/: one line each, to show a developer. */
const refuseOutsideContent = (commits: ReturnType<typeof unsent>) => {
	const lines = commits
		.filter((c) => c.outside.length)
		.map(
			(c) =>
				`  ${c.short} ${text.quoted(shown(c.subject))} (${c.outside.slice(0, 3).map(shown).join(', ')}${c.outside.length > 3 ? ', …' : ''})`,
		);
	if (lines.length) stop(text.outsideContent(lines.join('\n')));
};

/**
 * What is saved under content/ and not recorded yet. With -z names come as typed (not quoted nor
 * escaped), and a rename as `R  new\0old\0`.
 */
const contentChanges = () => {
	const fields = git('status', '--porcelain', '-z', '--untracked-files=all', '--', 'content/').stdout.split('\0');
	const changes: { kind: string; path: string; from?: string | undefined }[] = [];
	for (let i = 0; i < fields.length; i++) {
		const entry = fields[i]!;
		if (!entry) continue;
		const status = entry.slice(0, 2);
		changes.push({ kind: status.trim()[0] ?? 'M', path: entry.slice(3), from: /[RC]/.test(status) ? fields[++i] : undefined });
	}
	return changes;
};

/** `npm run check`'s content checks, printing their problems; whether the content is valid. */
const contentIsValid = () => {
	say(text.checking);
	const check = spawnSync(...tool('tsx', [fileURLToPath(new URL('check-content.ts', import.meta.url))]), {
		stdio: 'inherit',
		env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'REPORTS_DIR')),
	});
	return check.status === 0;
};

/**
 * The figures of a year with a source text against it (tests/unit/seed.test.ts, which the deployment
 * runs too): what fails, one line each, or '' when they match (or the check is not here).
 */
const sourceMismatches = () => {
	const test = 'tests/unit/seed.test.ts';
	if (!existsSync(test)) return '';
	const report = join(mkdtempSync(join(tmpdir(), 'publish-')), 'source.json');
	const run = spawnSync(...tool('vitest', ['run', test, '--reporter=json', `--outputFile=${report}`]), {
		encoding: 'utf8',
	});
	if (run.status === 0) return '';
	if (!existsSync(report)) return run.stderr.trim() || run.stdout.trim();
	const results = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: { assertionResults: { status: string; title: string }[] }[] })
		.testResults;
	return results.flatMap((f) => f.assertionResults.filter((a) => a.status === 'failed').map((a) => `  ${a.title}`)).join('\n');
};

type Sent = { result: 'sent' | 'behind' | 'offline' } | { result: 'refused'; reason: string };

/**
 * Sends this copy's commit to the server's branch, named in full: not a bare `git push`, which settings
 * (push.default, followTags, a push refspec) can make send other branches or tags. First checks that
 * every commit going changes only content/: a hook may have slipped a file into the one just made.
 */
const send = (to: Destination): Sent => {
	refuseOutsideContent(unsent(to));
	const commit = git('rev-parse', 'HEAD').stdout.trim();
	const push = git('push', '--porcelain', '--no-follow-tags', '--', to.remote, `${commit}:${to.branch}`);
	if (push.status === 0) return { result: 'sent' };
	// With --porcelain the server's answer is `!\t<from>:<to>\t[rejected] (why)`, in any language git
	// speaks: "[rejected]" is git's own (someone else sent first), "[remote rejected]" the server's (a
	// hook, a protected branch). No such line: the server was not reached.
	const rejected = /^!\t[^\t]*\t\[(remote )?rejected\](?: \((.*)\))?$/m.exec(push.stdout);
	if (!rejected) return { result: 'offline' };
	return rejected[1] ? { result: 'refused', reason: shown(rejected[2] ?? '') } : { result: 'behind' };
};

const to = destination();
if (!fetched(to)) stop(text.offline);
const site = publishedBranch(to);
if (site && site !== to.branch) stop(text.wrongBranch(branchName(to.branch), branchName(site)));
const earlier = unsent(to);
refuseOutsideContent(earlier);
/** Commits from an earlier run that could not send them: they go too, so they are listed too. */
const listEarlier = () => {
	if (!earlier.length) return;
	say(text.earlier);
	for (const c of earlier) say(`  ${text.quoted(shown(c.subject))}`);
};

const changed = contentChanges();
if (changed.length) {
	if (!contentIsValid()) stop(text.refused);
	// A year typed from a source text kept beside it (2021's source.es.txt) is checked against it.
	const sourced = changed
		.flatMap((c) => [c.path, c.from])
		.map((p) => /^content\/reports\/(\d{4})\//.exec(p ?? '')?.[1])
		.find((year) => year && existsSync(join('content', 'reports', year, 'source.es.txt')));
	if (sourced) {
		const mismatches = sourceMismatches();
		if (mismatches) stop(text.sourceMismatch(sourced, mismatches));
	}

	say(text.changes);
	for (const c of changed) say(`  ${text.kinds[c.kind] ?? c.kind}: ${c.from === undefined ? '' : `${shown(c.from)} → `}${shown(c.path)}`);
	listEarlier();
	let message = process.argv.slice(2).join(' ').trim();
	if (!message) {
		const rl = createInterface({ input: process.stdin, output: process.stdout });
		// An answer, or nothing when the input ends (Ctrl+D, or no terminal).
		message = await new Promise<string>((answer) => {
			rl.once('close', () => answer(''));
			rl.question(text.ask).then(
				(a) => answer(a.trim()),
				() => answer(''),
			);
		});
		rl.close();
	}
	if (!message) stop(text.noMessage);

	git('add', '--all', '--', 'content/');
	const commit = git('commit', '--quiet', '-m', message, '--', 'content/');
	if (commit.status !== 0) stop(/user\.(name|email)|identity/i.test(commit.stderr) ? text.noIdentity : commit.stderr);
	say(text.committed(message));
} else if (earlier.length) listEarlier();
else stop(text.nothing, 0);

say(text.sending);
let sent = send(to);
// Refused because the server has someone else's newer changes: bring them in under this one (what is not
// content, or not saved yet, is set aside and put back), check the two together, and send again.
if (sent.result === 'behind') {
	say(text.updating);
	if (!fetched(to)) stop(text.pushFailed);
	if (git('rebase', '--autostash', '--quiet', to.tracking).status !== 0) {
		git('rebase', '--abort');
		stop(text.conflict);
	}
	if (!contentIsValid()) stop(text.refusedAfterUpdate);
	sent = send(to);
}
if (sent.result === 'refused') stop(text.serverRefused(sent.reason));
if (sent.result !== 'sent') stop(text.pushFailed);
say(text.done);
