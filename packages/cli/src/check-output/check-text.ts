import type { Colors } from 'picocolors/types';
import { printable } from '../printable.js';
import type { Finding, Summary } from './findings.js';

/** `path:line:col severity code message`, one line per finding (paths and messages made printable), then a summary line. */
export function checkText(findings: readonly Finding[], summary: Summary, colors: Colors): string {
    const paint = { error: colors.red, warning: colors.yellow, info: colors.blue, hint: colors.dim };
    const lines = findings.map(finding =>
        `${colors.bold(`${printable(finding.file)}:${finding.line}:${finding.column}`)} ${paint[finding.severity](finding.severity)} ${colors.dim(printable(finding.code))} ${printable(finding.message)}`);
    lines.push(summaryLine(summary, colors));
    return lines.join('\n') + '\n';
}

function summaryLine(summary: Summary, colors: Colors): string {
    const maps = plural(summary.files, 'map');
    const counts = [
        [summary.errors, 'error'],
        [summary.warnings, 'warning'],
        [summary.infos, 'info'],
        [summary.hints, 'hint']
    ] as const;
    const parts = counts.filter(([count]) => count > 0).map(([count, word]) => word === 'info' ? `${count} info` : plural(count, word));
    if (parts.length === 0) {
        return colors.green(`No problems in ${maps}.`);
    }
    const text = `${parts.join(', ')} in ${maps}.`;
    return summary.errors > 0 ? colors.red(text) : summary.warnings > 0 ? colors.yellow(text) : text;
}

function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
