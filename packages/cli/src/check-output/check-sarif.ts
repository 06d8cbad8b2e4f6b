import { IssueCodes, isIssueCode, issueCodeList, type CheckSeverity } from '@journey-maps/language';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from './findings.js';

const levels: Record<CheckSeverity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * `journey check --format sarif`: SARIF 2.1.0 for code scanning. One rule per check code, with its description
 * as help; file locations relative to the folder the command ran in (`%SRCROOT%`), forward slashes.
 */
export function checkSarif(findings: readonly Finding[], version: string): string {
    const rules: ReportingDescriptor[] = issueCodeList.map(code => {
        const issue = IssueCodes[code];
        const grading = issue.configurable
            ? `Default severity ${issue.severity}; a project can change it or turn it off in journey.config.json.`
            : 'Always an error.';
        return {
            id: code,
            name: code.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
            shortDescription: { text: issue.description },
            help: { text: `${issue.description} ${grading}` },
            defaultConfiguration: { level: levels[issue.severity] }
        };
    });
    const results: Result[] = findings.map(finding => ({
        ruleId: finding.code,
        ...(isIssueCode(finding.code) ? { ruleIndex: issueCodeList.indexOf(finding.code) } : {}),
        level: levels[finding.severity],
        message: { text: finding.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: finding.file.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
            }
        }]
    }));
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'journey', version, rules } }, results }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}
