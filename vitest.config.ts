import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        // Timing tests run on their own: npm run test:complexity.
        exclude: [...configDefaults.exclude, 'test/complexity/**'],
        reporters: ['default', './test/summary-reporter.ts'],
        testTimeout: 30_000
    }
});
