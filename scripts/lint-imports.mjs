// `npm run lint:imports` (and the first step of `npm test`): every package the code imports is declared in
// package.json, and what the production build runs imports only `dependencies`, the only packages a
// production install (`npm ci --omit=dev`) has. An import that works only because another package brought
// the package along breaks on the day that package changes. One line per problem, then exit 1.
//   node scripts/lint-imports.mjs [project folder]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** What is read: the code of the project, not its inputs (tests/fixtures holds content and cases for tests). */
const folders = ['src', 'scripts', 'tests'];
const skipped = new Set(['node_modules', 'fixtures']);
const codeFile = /\.(?:[cm]?[jt]s|[jt]sx|astro)$/;

/**
 * What `npm run build` runs, which must import only `dependencies`: Astro loads all of src/ and
 * astro.config.mjs, and the build's scripts; with every file these import, followed from here.
 */
const production = ['src', 'astro.config.mjs', 'scripts/build.mjs', 'scripts/pdf.mjs', 'scripts/check-dist.mjs'];

/**
 * Files under src/ that only development loads, with why: they may import devDependencies. None today.
 * @type {Record<string, string>}
 */
export const devOnlyFiles = {};

/**
 * The import specifiers of one file, with their line and whether only types are imported (`import type`,
 * JSDoc `import('…')` types, `/// <reference types>`), which no build runs.
 * @param {string} file
 * @returns {{ spec: string, line: number, typeOnly: boolean }[]}
 */
export function importsOf(file) {
	const text = readFileSync(file, 'utf8');
	// An .astro file's code: its frontmatter and its <script> elements, each where it starts in the file.
	const parts = file.endsWith('.astro')
		? [...text.matchAll(/^\s*---\r?\n([\s\S]*?)\r?\n---|<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => {
				const code = m[1] ?? m[2] ?? '';
				return { code, line: text.slice(0, (m.index ?? 0) + m[0].indexOf(code)).split('\n').length - 1 };
			})
		: [{ code: text, line: 0 }];
	const found = [];
	for (const { code, line } of parts) {
		const source = ts.createSourceFile(
			file,
			code,
			ts.ScriptTarget.Latest,
			true,
			/\.[cm]?jsx?$/.test(file) ? ts.ScriptKind.JSX : ts.ScriptKind.TSX,
		);
		const add = (/** @type {ts.Node} */ at, /** @type {string} */ spec, typeOnly = false) =>
			found.push({ spec, line: line + source.getLineAndCharacterOfPosition(at.getStart(source)).line + 1, typeOnly });
		for (const ref of source.typeReferenceDirectives)
			found.push({ spec: ref.fileName, line: line + source.getLineAndCharacterOfPosition(ref.pos).line + 1, typeOnly: true });
		const visit = (/** @type {ts.Node} */ node) => {
			if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
				const clause = node.importClause;
				const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
				const typeOnly = Boolean(
					clause &&
					(clause.phaseModifier === ts.SyntaxKind.TypeKeyword || (!clause.name && named?.length && named.every((e) => e.isTypeOnly))),
				);
				add(node, node.moduleSpecifier.text, typeOnly);
			} else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
				add(node, node.moduleSpecifier.text, node.isTypeOnly);
			else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
				add(node, node.argument.literal.text, true);
			else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
				// import('x'), require('x'), require.resolve('x'), import.meta.resolve('x'): each needs the package when it runs.
				const callee = node.expression;
				const isRequire = (/** @type {ts.Node} */ n) => ts.isIdentifier(n) && n.text === 'require';
				const isImportMeta = (/** @type {ts.Node} */ n) => ts.isMetaProperty(n) && n.keywordToken === ts.SyntaxKind.ImportKeyword;
				if (
					callee.kind === ts.SyntaxKind.ImportKeyword ||
					isRequire(callee) ||
					(ts.isPropertyAccessExpression(callee) &&
						callee.name.text === 'resolve' &&
						(isRequire(callee.expression) || isImportMeta(callee.expression)))
				)
					add(node, node.arguments[0].text);
			}
			// JSDoc types in JavaScript files (`@type {import('x').T}`).
			for (const doc of /** @type {{ jsDoc?: ts.Node[] }} */ (node).jsDoc ?? []) visit(doc);
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return found;
}

/** The package an import names, or undefined for a file, a Node.js built-in or a virtual module. */
export function packageOf(/** @type {string} */ spec) {
	const bare = spec.split('?')[0] ?? '';
	if (/^(?:\.{1,2}\/|\/|[a-z]+:\/\/|file:)/i.test(bare) || bare === '.' || bare === '..') return undefined;
	// node:fs; astro:content, astro:i18n… (Astro's virtual modules); virtual:… (Vite's).
	if (/^(?:node|astro|virtual):/.test(bare) || builtinModules.includes(bare.split('/')[0] ?? '')) return undefined;
	return bare
		.split('/')
		.slice(0, bare.startsWith('@') ? 2 : 1)
		.join('/');
}

/** Every code file of the project under `root` (relative paths, `/`-separated). */
function codeFiles(/** @type {string} */ root) {
	/** @type {string[]} */
	const files = readdirSync(root).filter((f) => codeFile.test(f) && statSync(join(root, f)).isFile());
	const walk = (/** @type {string} */ dir) => {
		for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
			const path = `${dir}/${entry.name}`;
			if (entry.isDirectory() && !skipped.has(entry.name)) walk(path);
			else if (entry.isFile() && codeFile.test(entry.name)) files.push(path);
		}
	};
	for (const dir of folders) if (existsSync(join(root, dir))) walk(dir);
	return files.sort();
}

/** A relative import's file, as written or with the extensions Vite and TypeScript try. */
function localFile(/** @type {string} */ root, /** @type {string} */ from, /** @type {string} */ spec) {
	const path = resolve(root, dirname(from), spec.split('?')[0] ?? '');
	const file = ['', '.ts', '.mjs', '.js', '.astro', '/index.ts', '/index.js']
		.map((ext) => path + ext)
		.find((f) => existsSync(f) && statSync(f).isFile());
	return file && relative(root, file).split('\\').join('/');
}

/**
 * The problems of the project in `root`, one line each: `file:line › package: what is wrong, what to do`.
 * @param {string} root
 * @param {Record<string, string>} devOnly
 */
export function lintImports(root, devOnly = devOnlyFiles) {
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const runtime = new Set([
		...Object.keys(manifest.dependencies ?? {}),
		...Object.keys(manifest.optionalDependencies ?? {}),
		...Object.keys(manifest.peerDependencies ?? {}),
	]);
	const dev = new Set(Object.keys(manifest.devDependencies ?? {}));
	const files = codeFiles(root);
	const imports = new Map(files.map((f) => [f, importsOf(join(root, f))]));

	// What the production build runs: the entries, and every file they import, and so on.
	const built = new Set(files.filter((f) => production.some((p) => f === p || f.startsWith(`${p}/`)) && !(f in devOnly)));
	for (const file of built)
		for (const { spec, typeOnly } of imports.get(file) ?? []) {
			const local = !typeOnly && spec.startsWith('.') ? localFile(root, file, spec) : undefined;
			if (local && !(local in devOnly)) {
				built.add(local);
				if (!imports.has(local)) imports.set(local, importsOf(join(root, local)));
			}
		}

	const problems = [];
	for (const [file, found] of imports)
		for (const { spec, line, typeOnly } of found) {
			const name = packageOf(spec);
			if (!name || name === manifest.name) continue;
			const at = `${file}:${line} › ${name}`;
			if (!runtime.has(name) && !dev.has(name) && !(typeOnly && (dev.has(`@types/${name}`) || runtime.has(`@types/${name}`))))
				problems.push(
					`${at}: imported, but not in package.json; it works only while another package brings it along. Add it (npm install ${name}, or -D for development only), or import a package that is declared`,
				);
			else if (built.has(file) && !typeOnly && !runtime.has(name))
				problems.push(
					`${at}: a devDependency, but \`npm run build\` runs this file, and a production install (npm ci --omit=dev) does not have it. Make it a dependency, or keep it out of what the build runs (a development-only file under src/ is listed, with why, in scripts/lint-imports.mjs)`,
				);
		}
	return problems.sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const problems = lintImports(resolve(process.argv[2] ?? '.'));
	for (const p of problems) console.error(p);
	if (problems.length) {
		console.error(`\n${problems.length} import problem(s): see above.`);
		process.exit(1);
	}
	console.log('Imports: every package is declared, and the build imports only dependencies.');
}
