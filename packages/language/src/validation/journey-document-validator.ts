import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, isOperationCancelled, type AstNode, type LangiumDocument, type ParseResult,
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

    /**
     * The custom checks' findings of each document being validated, handed over outside Langium's
     * `diagnostics.push(...found)`: a spread of more than about 120,000 findings throws, and Langium logs what its
     * checks throw and goes on, so a map with that many findings was reported clean.
     */
    private readonly customFindings = new WeakMap<AstNode, Diagnostic[]>();

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of this.customFindings.get(root) ?? []) {
            diagnostics.push(diagnostic);
        }
        this.customFindings.delete(root);
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
     * Runs the custom checks and keeps their findings for `validateDocument` (returning none to Langium). A failure of
     * the walk itself (each check's own exceptions are findings already) becomes a `checks-stopped` error at the start
     * of the file instead of a line in the log and a file that looks clean.
     */
    override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        let found: Diagnostic[];
        try {
            found = await super.validateAst(rootNode, options, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            found = [{
                severity: DiagnosticSeverity.Error,
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                message: `The checks of this file stopped on an internal error, so its findings may be incomplete (${error instanceof Error ? error.message : String(error)}); please report it.`,
                code: 'checks-stopped'
            }];
        }
        this.customFindings.set(rootNode, found);
        return [];
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
