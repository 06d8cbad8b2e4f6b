import { defineConfig } from 'vitest/config';

/**
 * Timing tests, kept out of the main suite (`npm run test:complexity`): each times a stage at n and 4n and
 * fails when the time grows more than linearly allows. Files run one after another so they do not compete.
 */
export default defineConfig({
    test: {
        include: ['test/complexity/**/*.test.ts'],
        reporters: ['default', './test/summary-reporter.ts'],
        fileParallelism: false,
        testTimeout: 120_000
    }
});
