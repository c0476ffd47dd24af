// The environment of a shell, without what a test runner adds: vitest's BASE_URL, MODE, DEV, VITEST… would
// leak into the Vite of a build or dev server started from a test (a dev server then never answers).
export const shellEnv = /** @type {Record<string, string>} */ (
	Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)))
);
