import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices,
    type PartialLangiumServices
} from 'langium/lsp';
import { JourneyCoreModule, JourneySharedCoreModule, registerJourney, type JourneyAddedServices } from './journey-core-module.js';
import { JourneyGeneratedSharedModule, JourneyMapsGeneratedModule } from './generated/module.js';
import { watchCheckConfig } from './lsp/check-config-watcher.js';
import { JourneyCodeActionProvider } from './lsp/journey-code-actions.js';
import { JourneyCodeLensProvider } from './lsp/journey-code-lens.js';
import { JourneyCompletionProvider } from './lsp/journey-completion-provider.js';
import { JourneyFormatter } from './lsp/journey-formatter.js';
import { JourneyRenameProvider } from './lsp/journey-rename-provider.js';
import { JourneyHoverProvider } from './lsp/journey-hover-provider.js';
import { JourneyNodeKindProvider } from './lsp/journey-node-kinds.js';
import { JourneySemanticTokenProvider } from './lsp/journey-semantic-tokens.js';

export type JourneyServices = LangiumServices & JourneyAddedServices;

/** The editor features, added to the core module (journey-core-module.ts) by `createJourneyServices`. */
const JourneyLspModule: Module<JourneyServices, PartialLangiumServices> = {
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

const JourneySharedLspModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    lsp: {
        NodeKindProvider: () => new JourneyNodeKindProvider()
    }
};

/**
 * Creates the journey language's services with the editor features. Used by the language server (with a
 * connection) and tests (with `NodeFileSystem` or `EmptyFileSystem`); the CLI uses `createJourneyCoreServices`.
 * `overrides` replace services, e.g. a fixed clock in tests, or `batchModule` for one-shot runs.
 */
export function createJourneyServices(
    context: DefaultSharedModuleContext,
    ...overrides: Module<JourneyServices, DeepPartial<JourneyServices>>[]
): { shared: LangiumSharedServices; Journey: JourneyServices } {
    const shared = inject(createDefaultSharedModule(context), JourneyGeneratedSharedModule, JourneySharedCoreModule, JourneySharedLspModule);
    const Journey = inject(createDefaultModule({ shared }), JourneyMapsGeneratedModule, JourneyCoreModule, JourneyLspModule, ...overrides);
    registerJourney(shared, Journey);
    if (context.connection) {
        watchCheckConfig(Journey);
    } else {
        // Without a language client nobody sends configuration; mark it as received so builds do not wait.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}
