import { configDefaults, defineConfig } from 'vitest/config';

// One configuration for every suite: a project per package (its tests live beside it, in packages/*/test) and one
// for the cross-package suites under test/ (browser, robustness). The editor suite runs in a real VS Code instead
// (npm run test:vscode), and the benchmark is a script (npm run bench).
const packages = ['language', 'diagram', 'cli', 'vscode'];

export default defineConfig({
    test: {
        reporters: ['default', './test/summary-reporter.ts'],
        testTimeout: 400_000, hookTimeout: 400_000,
        projects: [
            ...packages.map(name => ({ extends: true as const, test: { name, include: [`packages/${name}/test/**/*.test.ts`] } })),
            // Timing tests run on their own: npm run test:complexity.
            { extends: true as const, test: { name: 'cross-package', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/complexity/**'] } }
        ]
    }
});
