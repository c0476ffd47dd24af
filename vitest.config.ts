import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Some tests build whole sites (fixtures); give them time on a 2-core machine.
		testTimeout: 120_000,
	},
});
