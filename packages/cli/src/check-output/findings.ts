import type { CheckedDocument, CheckSeverity } from '@journey-maps/language';
import { DiagnosticSeverity } from 'vscode-languageserver-types';

/** One diagnostic, positioned for people: a path relative to the current folder, 1-based line and column. */
export interface Finding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: CheckSeverity;
    readonly code: string;
    readonly message: string;
}

export interface Summary {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints: number;
}

const severities: Record<DiagnosticSeverity, CheckSeverity> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint'
};

/** Every diagnostic of the checked documents, sorted by file, line and column. */
export function collectFindings(documents: readonly CheckedDocument[], displayPath: (uri: string) => string): Finding[] {
    return sortFindings(documents.flatMap(document => document.diagnostics.map(diagnostic => ({
        file: displayPath(document.uri),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severities[diagnostic.severity ?? DiagnosticSeverity.Error],
        code: String(diagnostic.code ?? 'syntax-error'),
        message: diagnostic.message
    }))));
}

/** A map that could not be read, as one error at its start: `problem` ends "the file is …". */
export function unreadableFinding(file: string, problem: string): Finding {
    return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'unreadable-file', message: `The file is ${problem}.` };
}

/** By file, line and column. */
export function sortFindings(findings: Finding[]): Finding[] {
    return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function summarise(findings: readonly Finding[], files: number): Summary {
    const count = (severity: CheckSeverity) => findings.filter(finding => finding.severity === severity).length;
    return { files, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}

/** Whether the findings reach the failure level: --fail-on, or more warnings than --max-warnings. */
export function fails(findings: readonly Finding[], options: { readonly failOn: 'error' | 'warning'; readonly maxWarnings?: number }): boolean {
    const failing = options.failOn === 'warning' ? ['error', 'warning'] : ['error'];
    const warnings = findings.filter(finding => finding.severity === 'warning').length;
    return findings.some(finding => failing.includes(finding.severity))
        || (options.maxWarnings !== undefined && warnings > options.maxWarnings);
}
