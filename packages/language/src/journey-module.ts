import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices,
    type PartialLangiumServices
} from 'langium/lsp';
import { CheckConfigProvider, SystemClock, type Clock } from './config/settings.js';
import { JourneyGeneratedSharedModule, JourneyMapsGeneratedModule } from './generated/module.js';
import { JourneyLexerErrorMessageProvider, JourneyParserErrorMessageProvider } from './parser/journey-error-messages.js';
import { watchCheckConfig } from './lsp/check-config-watcher.js';
import { JourneyCodeActionProvider } from './lsp/journey-code-actions.js';
import { JourneyCodeLensProvider } from './lsp/journey-code-lens.js';
import { JourneyCompletionProvider } from './lsp/journey-completion-provider.js';
import { JourneyFormatter } from './lsp/journey-formatter.js';
import { JourneyRenameProvider } from './lsp/journey-rename-provider.js';
import { JourneyHoverProvider } from './lsp/journey-hover-provider.js';
import { JourneyNodeKindProvider } from './lsp/journey-node-kinds.js';
import { JourneySemanticTokenProvider } from './lsp/journey-semantic-tokens.js';
import { JourneyLexer } from './parser/journey-lexer.js';
import { createJourneyParser } from './parser/journey-parser.js';
import { JourneyTokenBuilder } from './parser/journey-token-builder.js';
import { JourneyValueConverter } from './parser/journey-value-converter.js';
import { JourneyLinker } from './references/journey-linker.js';
import { JourneyScopeComputation } from './references/journey-scope-computation.js';
import { JourneyScopeProvider } from './references/journey-scope-provider.js';
import { JourneyDocumentValidator } from './validation/journey-document-validator.js';
import { JourneyValidationRegistry } from './validation/journey-validation-registry.js';
import { registerValidationChecks } from './validation/journey-validator.js';
import { JourneyDocumentBuilder } from './workspace/journey-document-builder.js';
import { JourneyIndexManager } from './workspace/journey-index-manager.js';
import { JourneyReferenceDescriptionProvider } from './workspace/journey-reference-descriptions.js';
import { JourneyWorkspaceManager } from './workspace/journey-workspace-manager.js';

/** Services the journey language adds to Langium's. */
export interface JourneyAddedServices {
    settings: {
        CheckConfig: CheckConfigProvider;
        Clock: Clock;
    };
}

export type JourneyServices = LangiumServices & JourneyAddedServices;

export const JourneyModule: Module<JourneyServices, PartialLangiumServices & JourneyAddedServices> = {
    settings: {
        CheckConfig: () => new CheckConfigProvider(),
        Clock: () => new SystemClock()
    },
    parser: {
        LangiumParser: services => createJourneyParser(services),
        TokenBuilder: () => new JourneyTokenBuilder(),
        Lexer: services => new JourneyLexer(services),
        ValueConverter: () => new JourneyValueConverter(),
        ParserErrorMessageProvider: () => new JourneyParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new JourneyLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new JourneyScopeComputation(services),
        ScopeProvider: services => new JourneyScopeProvider(services),
        Linker: services => new JourneyLinker(services)
    },
    validation: {
        DocumentValidator: services => new JourneyDocumentValidator(services),
        ValidationRegistry: services => new JourneyValidationRegistry(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new JourneyReferenceDescriptionProvider(services)
    },
    lsp: {
        CodeActionProvider: services => new JourneyCodeActionProvider(services.shared.workspace.IndexManager, services.settings.Clock,
            services.references.ScopeProvider, services.shared.workspace.LangiumDocuments),
        CodeLensProvider: () => new JourneyCodeLensProvider(),
        CompletionProvider: services => new JourneyCompletionProvider(services),
        Formatter: () => new JourneyFormatter(),
        HoverProvider: services => new JourneyHoverProvider(services),
        RenameProvider: services => new JourneyRenameProvider(services),
        SemanticTokenProvider: services => new JourneySemanticTokenProvider(services)
    }
};

export const JourneySharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    lsp: {
        NodeKindProvider: () => new JourneyNodeKindProvider()
    },
    workspace: {
        DocumentBuilder: services => new JourneyDocumentBuilder(services),
        IndexManager: services => new JourneyIndexManager(services),
        WorkspaceManager: services => new JourneyWorkspaceManager(services)
    }
};

/**
 * Creates the journey language's services. Used by the language server (with a connection), the CLI and
 * tests (with `NodeFileSystem` or `EmptyFileSystem`). `overrides` replace services, e.g. a fixed clock in tests,
 * or `batchModule` for one-shot runs.
 */
export function createJourneyServices(
    context: DefaultSharedModuleContext,
    ...overrides: Module<JourneyServices, DeepPartial<JourneyServices>>[]
): { shared: LangiumSharedServices; Journey: JourneyServices } {
    const shared = inject(createDefaultSharedModule(context), JourneyGeneratedSharedModule, JourneySharedModule);
    const Journey = inject(createDefaultModule({ shared }), JourneyMapsGeneratedModule, JourneyModule, ...overrides);
    shared.ServiceRegistry.register(Journey);
    registerValidationChecks(Journey);
    if (context.connection) {
        watchCheckConfig(Journey);
    } else {
        // Without a language client nobody sends configuration; mark it as received so builds do not wait.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}
