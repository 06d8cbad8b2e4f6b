import junit from 'junit-report-builder';
import type { Finding } from './findings.js';

/**
 * `journey check --format junit`: JUnit XML for CI systems that read test results. One test suite per map,
 * one test case per finding (errors and warnings fail, infos and hints pass with their message as output),
 * and one passing case for a map without findings.
 */
export function checkJunit(files: readonly string[], findings: readonly Finding[]): string {
    const builder = junit.newBuilder().name('journey check');
    for (const file of files) {
        const suite = builder.testSuite().name(file);
        const own = findings.filter(finding => finding.file === file);
        if (own.length === 0) {
            suite.testCase().className(file).name('no problems').file(file);
        }
        for (const finding of own) {
            const testCase = suite.testCase().className(file).name(`${finding.line}:${finding.column} ${finding.code}`).file(file);
            if (finding.severity === 'error' || finding.severity === 'warning') {
                testCase.failure(finding.message, finding.severity);
            } else {
                testCase.standardOutput(`${finding.severity}: ${finding.message}`);
            }
        }
    }
    return builder.build() + '\n';
}
