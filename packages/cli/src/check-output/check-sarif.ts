import { createHash } from 'node:crypto';
import { IssueCodes, isIssueCode, issueCodeList, type CheckSeverity } from '@journey-maps/language';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from './findings.js';

const levels: Record<CheckSeverity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The tool as SARIF's driver names it. */
export interface SarifTool {
    /** The CLI's version (semantic). */
    readonly version: string;
    /** The project's home page; each rule's help links to its row in the README's check table there. */
    readonly homepage: string;
    /** A map's text as it was checked, by the path shown to people (for the findings' fingerprints). */
    readonly source: (file: string) => string | undefined;
}

/** The anchor of a check's row in the README's check table (`<a id="check-…">`). */
export function checkAnchor(code: string): string {
    return `check-${code}`;
}

/** The key of the fingerprint in `partialFingerprints`; `/v1` changes whenever the way it is computed does. */
export const FINGERPRINT_KEY = 'journeyFindingHash/v1';

/**
 * `journey check --format sarif`: SARIF 2.1.0 for code scanning (GitHub's ingestion rules included). One rule per
 * check code, with its description, its grading and a link to its row in the README as help; file locations
 * relative to the folder the command ran in (`%SRCROOT%`), forward slashes. Each result carries a fingerprint that
 * survives edits elsewhere in the map: a hash of the check code, the file and the trimmed text of the flagged
 * line (not its number), plus which occurrence of that triple it is.
 */
export function checkSarif(findings: readonly Finding[], tool: SarifTool): string {
    const home = tool.homepage.replace(/#.*$/, '');
    const rules: ReportingDescriptor[] = issueCodeList.map(code => {
        const issue = IssueCodes[code];
        const grading = issue.configurable
            ? `Default severity ${issue.severity}; a project can change it or turn it off in journey.config.json.`
            : 'Always an error; it cannot be turned off.';
        const helpUri = `${home}#${checkAnchor(code)}`;
        return {
            id: code,
            name: code.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
            shortDescription: { text: issue.description },
            fullDescription: { text: `${issue.description} ${grading}` },
            help: {
                text: `${issue.description} ${grading} See ${helpUri}`,
                markdown: `**\`${code}\`**: ${issue.description}\n\n${grading.replace('journey.config.json', '`journey.config.json`')} [The check table](${helpUri}) lists every check.`
            },
            helpUri,
            defaultConfiguration: { level: levels[issue.severity] }
        };
    });
    const occurrences = new Map<string, number>();
    const results: Result[] = findings.map(finding => {
        const uri = finding.file.split('\\').join('/');
        const lineText = tool.source(finding.file)?.split(/\r?\n/)[finding.line - 1]?.trim() ?? '';
        const hash = createHash('sha256').update(`${finding.code}\0${uri}\0${lineText}`).digest('hex').slice(0, 32);
        const occurrence = (occurrences.get(hash) ?? 0) + 1;
        occurrences.set(hash, occurrence);
        return {
            ruleId: finding.code,
            ...(isIssueCode(finding.code) ? { ruleIndex: issueCodeList.indexOf(finding.code) } : {}),
            level: levels[finding.severity],
            message: { text: finding.message },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(uri), uriBaseId: '%SRCROOT%' },
                    region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
                }
            }],
            partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` }
        };
    });
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'journey', informationUri: home, version: tool.version, semanticVersion: tool.version, rules } },
            results,
            columnKind: 'utf16CodeUnits'
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}
