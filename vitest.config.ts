import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        reporters: ['default', './test/summary-reporter.ts'],
        testTimeout: 30_000
    }
});
