import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, type AstNode, type LangiumDocument, type ParseResult,
    type ValidationAcceptor, type ValidationOptions
} from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { effectiveSeverity } from '../config/check-config.js';
import type { CheckConfigProvider } from '../config/settings.js';
import type { JourneyCoreServices } from '../journey-core-module.js';
import type { SlipError } from '../parser/slip-repair.js';
import { isIssueCode, type IssueCode, type CheckSeverity } from './issue-codes.js';
import { JourneyValidationRegistry } from './journey-validation-registry.js';
import { AstPreorder } from '../model/ast-preorder.js';
import { periodicInterrupt } from '../workspace/periodic-interrupt.js';

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
    private readonly checks: JourneyValidationRegistry;

    constructor(services: JourneyCoreServices) {
        super(services);
        this.checkConfig = services.settings.CheckConfig;
        if (!(services.validation.ValidationRegistry instanceof JourneyValidationRegistry)) {
            throw new Error('The journey language validates with JourneyValidationRegistry.');
        }
        this.checks = services.validation.ValidationRegistry;
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

    /**
     * Langium's walk over every node (the same order and the same cancellation, yielding to other work as
     * `periodicInterrupt` says),
     * awaiting only checks that return a promise: Langium awaits every check of every node, two promises each,
     * which on a 1,000-touchpoint map was most of what validation allocated on each keystroke in the editor;
     * and walking the tree without a stream per node (see `AstPreorder`). With Langium's profiler on, Langium's
     * own walk runs, as it times each node.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const checksOf = this.checks.checksIn(options.categories);
        const nodes = new AstPreorder(rootNode);
        const interrupt = periodicInterrupt(cancelToken);
        for (const node of nodes) {
            const interrupted = interrupt();
            if (interrupted) await interrupted;
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of checksOf(node.$type)) {
                    const pending = check(node, acceptor, cancelToken);
                    if (pending) await pending;
                }
            }
            if (!nodeOptions.validateChildren) {
                nodes.prune();
            }
        }
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
