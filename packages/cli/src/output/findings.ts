import type { CheckedDocument, Severity } from '@journey-maps/language';
import { DiagnosticSeverity } from 'vscode-languageserver-types';

/** One diagnostic, positioned for people: a path relative to the current folder, 1-based line and column. */
export interface Finding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: Severity;
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

const severities: Record<DiagnosticSeverity, Severity> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint'
};

/** Every diagnostic of the checked documents, sorted by file, line and column. */
export function collectFindings(documents: readonly CheckedDocument[], displayPath: (uri: string) => string): Finding[] {
    const findings = documents.flatMap(document => document.diagnostics.map(diagnostic => ({
        file: displayPath(document.uri),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severities[diagnostic.severity ?? DiagnosticSeverity.Error],
        code: String(diagnostic.code ?? 'syntax-error'),
        message: diagnostic.message
    })));
    return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function summarise(findings: readonly Finding[], files: number): Summary {
    const count = (severity: Severity) => findings.filter(finding => finding.severity === severity).length;
    return { files, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}
