import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `vitest: N passed, N failed, N skipped`, which CI logs and people can
 * read without knowing vitest's own summary format. Files that failed to load count as failed.
 */
export default class SummaryReporter implements Reporter {
    onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
        let passed = 0;
        let failed = unhandledErrors.length;
        let skipped = 0;
        for (const module of testModules) {
            const tests = [...module.children.allTests()];
            if (tests.length === 0 && module.state() === 'failed') {
                failed++;
            }
            for (const test of tests) {
                const state = test.result().state;
                if (state === 'passed') passed++;
                else if (state === 'failed') failed++;
                else skipped++;
            }
        }
        process.stdout.write(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    }
}
