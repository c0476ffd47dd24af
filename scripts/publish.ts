// `npm run publish`: from "saved" to "live", for the people who edit the report. It checks the content,
// records only the changes under content/ (a git commit, with a sentence the editor writes) and sends
// them (git push); the deploy workflow then builds and publishes the site. It refuses, in plain words,
// when the content has problems, and says what to do whenever git cannot go on.
//   npm run publish                      asks for the sentence
//   npm run publish -- "Corrige la cifra de seguidores"
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { messageLanguage } from '../src/content/language';

const text = {
	es: {
		notRepo: 'Esta carpeta no es una copia del proyecto con git: abre la terminal en la carpeta del informe.',
		nothing: 'No hay cambios en content/ que publicar.',
		checking: 'Revisando el contenido…',
		refused: 'No se ha publicado nada: corrige los problemas de arriba, guarda y vuelve a ejecutar npm run publish.',
		sourceMismatch: (lines: string) =>
			`No se ha publicado nada: las cifras de 2021 deben coincidir con su fuente (content/reports/2021/source.es.txt), y con este cambio no coinciden:\n${lines}\nDeshaz el cambio de esas cifras. Si es la fuente la que tenía un error, pide a un desarrollador que actualice esa comprobación (tests/unit/seed.test.ts).`,
		changes: 'Cambios que se publicarán:',
		kinds: { M: 'modificado', A: 'nuevo', D: 'borrado', R: 'renombrado', '?': 'nuevo' } as Record<string, string>,
		ask: 'Describe el cambio en una frase (por ejemplo «Corrige la cifra de seguidores»): ',
		noMessage: 'No se ha publicado nada: hace falta una frase que describa el cambio.',
		noIdentity:
			'Git no sabe quién eres. Escribe una vez, con tu nombre y correo:\n  git config --global user.name "Tu nombre"\n  git config --global user.email "tu@correo"\ny vuelve a ejecutar npm run publish.',
		committed: (m: string) => `Guardado en la historia del proyecto: «${m}».`,
		noRemote: 'No hay un servidor configurado al que enviarlo (git remote): pide a un desarrollador que lo configure. El cambio queda guardado en tu ordenador.',
		pushFailed: 'El cambio está guardado en tu ordenador, pero no se ha podido enviar (mira el mensaje de git arriba). Comprueba la conexión y vuelve a ejecutar npm run publish: enviará lo pendiente.',
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
		sourceMismatch: (lines: string) =>
			`Nothing was published: the 2021 figures must match their source (content/reports/2021/source.es.txt), and with this change they do not:\n${lines}\nUndo the change to those figures. If the source itself was wrong, ask a developer to update that check (tests/unit/seed.test.ts).`,
		changes: 'Changes to publish:',
		kinds: { M: 'changed', A: 'new', D: 'deleted', R: 'renamed', '?': 'new' } as Record<string, string>,
		ask: 'Describe the change in one sentence (for example "Fix the followers figure"): ',
		noMessage: 'Nothing was published: a sentence describing the change is needed.',
		noIdentity:
			'Git does not know who you are. Type once, with your name and email:\n  git config --global user.name "Your name"\n  git config --global user.email "you@example.org"\nthen run npm run publish again.',
		committed: (m: string) => `Recorded in the project's history: "${m}".`,
		noRemote: 'There is no server set up to send it to (git remote): ask a developer to set it up. The change stays recorded on your computer.',
		pushFailed: 'The change is recorded on your computer but could not be sent (see git\'s message above). Check the connection and run npm run publish again: it sends what is pending.',
		updating: 'Someone else has published changes since your last update: bringing them in and sending yours again…',
		conflict: 'Nothing was sent: your change and someone else\'s touch the same lines. Your change stays recorded on your computer. Ask a developer to help combine them.',
		refusedAfterUpdate: 'Nothing was sent: together with the other person\'s changes, the content has the problems above. Fix them, save, and run npm run publish again.',
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

const top = git('rev-parse', '--show-toplevel');
if (top.status !== 0) stop(text.notRepo);
process.chdir(top.stdout.trim());

const changed = git('status', '--porcelain', '--untracked-files=all', '--', 'content/')
	.stdout.split('\n')
	.filter(Boolean)
	.map((line) => ({ kind: line.slice(0, 2).trim()[0] ?? 'M', path: line.slice(3) }));
const hasRemote = git('remote').stdout.trim() !== '';
// Commits recorded here but not sent yet (a push that failed last time).
const ahead = hasRemote ? Number(git('rev-list', '--count', '@{upstream}..HEAD').stdout.trim() || 0) : 0;

/** `npm run check`'s content checks, printing their problems; whether the content is valid. */
const contentIsValid = () => {
	say(text.checking);
	const check = spawnSync(process.execPath, [fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url)), fileURLToPath(new URL('check-content.ts', import.meta.url))], {
		stdio: 'inherit',
		env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'REPORTS_DIR')),
	});
	return check.status === 0;
};

/**
 * The 2021 figures against the text they were typed from (tests/unit/seed.test.ts, which the deployment
 * runs too): what fails, one line each, or '' when they match (or the check is not here).
 */
const sourceMismatches = () => {
	const test = 'tests/unit/seed.test.ts';
	if (!existsSync(test)) return '';
	const report = join(mkdtempSync(join(tmpdir(), 'publish-')), 'source.json');
	const run = spawnSync(process.execPath, [fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url)), 'run', test, '--reporter=json', `--outputFile=${report}`], {
		encoding: 'utf8',
	});
	if (run.status === 0) return '';
	if (!existsSync(report)) return run.stderr.trim() || run.stdout.trim();
	const results = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: { assertionResults: { status: string; title: string }[] }[] }).testResults;
	return results.flatMap((f) => f.assertionResults.filter((a) => a.status === 'failed').map((a) => `  ${a.title}`)).join('\n');
};

if (changed.length) {
	if (!contentIsValid()) stop(text.refused);
	if (changed.some((c) => c.path.startsWith('content/reports/2021/'))) {
		const mismatches = sourceMismatches();
		if (mismatches) stop(text.sourceMismatch(mismatches));
	}

	say(text.changes);
	for (const c of changed) say(`  ${text.kinds[c.kind] ?? c.kind}: ${c.path}`);
	let message = process.argv.slice(2).join(' ').trim();
	if (!message) {
		const rl = createInterface({ input: process.stdin, output: process.stdout });
		// An answer, or nothing when the input ends (Ctrl+D, or no terminal).
		message = await new Promise<string>((answer) => {
			rl.once('close', () => answer(''));
			rl.question(text.ask).then((a) => answer(a.trim()), () => answer(''));
		});
		rl.close();
	}
	if (!message) stop(text.noMessage);

	git('add', '--all', '--', 'content/');
	const commit = git('commit', '--quiet', '-m', message, '--', 'content/');
	if (commit.status !== 0) stop(/user\.(name|email)|identity/i.test(commit.stderr) ? text.noIdentity : commit.stderr);
	say(text.committed(message));
} else if (!ahead) stop(text.nothing, 0);

if (!hasRemote) stop(text.noRemote, 0);
say(text.sending);
const push = () => spawnSync('git', ['push', '--quiet'], { encoding: 'utf8' });
let sent = push();
// Refused because the server has someone else's newer changes: bring them in under this one (what is not
// content, or not saved yet, is set aside and put back), check the two together, and send again.
if (sent.status !== 0 && /rejected|fetch first|non-fast-forward/i.test(sent.stderr)) {
	say(text.updating);
	if (git('pull', '--rebase', '--autostash', '--quiet').status !== 0) {
		git('rebase', '--abort');
		stop(text.conflict);
	}
	if (!contentIsValid()) stop(text.refusedAfterUpdate);
	sent = push();
}
if (sent.status !== 0) {
	console.error(sent.stderr.trim());
	stop(text.pushFailed);
}
say(text.done);
