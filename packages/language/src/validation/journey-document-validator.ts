import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Cancellation } from 'langium';
import { effectiveSeverity } from '../config/check-config.js';
import type { CheckConfigProvider } from '../config/settings.js';
import type { JourneyCoreServices } from '../journey-core-module.js';
import type { SlipError } from '../parser/slip-repair.js';
import { isIssueCode, type IssueCode, type CheckSeverity } from './issue-codes.js';

const lspSeverity: Record<CheckSeverity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint
};

/**
 * Gives every diagnostic a stable code (syntax and reference errors included) and applies the project's
 * check configuration: re-graded severities, checks turned off.
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly checkConfig: CheckConfigProvider;

    constructor(services: JourneyCoreServices) {
        super(services);
        this.checkConfig = services.settings.CheckConfig;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const config = this.checkConfig.get();
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = codeOf(diagnostic);
            const severity = effectiveSeverity(config, code);
            if (severity) {
                result.push({ ...diagnostic, code, severity: lspSeverity[severity], source: 'journey' });
            }
        }
        return result;
    }

    /** Lexer findings as Langium reports them, plus the quick fix a repaired slip carries. */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const from = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        const errors = [...parseResult.lexerErrors, ...parseResult.lexerReport?.diagnostics ?? []] as SlipError[];
        errors.forEach((error, i) => {
            const diagnostic = diagnostics[from + i];
            if (error.fix && diagnostic) {
                diagnostic.data = { ...(diagnostic.data as object), fix: error.fix };
            }
        });
    }
}

function codeOf(diagnostic: Diagnostic): IssueCode {
    if (isIssueCode(diagnostic.code)) {
        return diagnostic.code;
    }
    const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
    return langiumCode === DocumentValidator.LinkingError ? 'unresolved-reference' : 'syntax-error';
}
