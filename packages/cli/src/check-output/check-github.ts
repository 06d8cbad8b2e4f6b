import type { CheckSeverity } from '@journey-maps/language';
import type { Finding } from './findings.js';

const commands: Record<CheckSeverity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * `journey check --format github`: one GitHub Actions workflow command per finding, which the run shows as an
 * annotation on the file and line, e.g. `::error file=a.journey,line=3,col=5,title=stale-map::...`.
 */
export function githubAnnotations(findings: readonly Finding[]): string {
    return findings.map(finding => {
        const properties = [
            `file=${escapeProperty(finding.file.split('\\').join('/'))}`, `line=${finding.line}`, `col=${finding.column}`,
            `endLine=${finding.endLine}`, `endColumn=${finding.endColumn}`, `title=${escapeProperty(finding.code)}`
        ];
        return `::${commands[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    }).join('');
}

/** GitHub's rule for a command's message: %, CR and LF are percent-encoded. */
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** And for a property's value, also the separators : and , . */
function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
