import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject, type DeepPartial, type DefaultSharedCoreModuleContext, type LangiumCoreServices,
    type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices
} from 'langium';
import { CheckConfigProvider, SystemClock, type Clock } from './config/settings.js';
import { JourneyGeneratedSharedModule, JourneyMapsGeneratedModule } from './generated/module.js';
import { JourneyLexerErrorMessageProvider, JourneyParserErrorMessageProvider } from './parser/journey-error-messages.js';
import { JourneyLexer } from './parser/journey-lexer.js';
import { createJourneyParser } from './parser/journey-parser.js';
import { JourneyTokenBuilder } from './parser/journey-token-builder.js';
import { JourneyValueConverter } from './parser/journey-value-converter.js';
import { JourneyLinker } from './references/journey-linker.js';
import { JourneyNodeDescriptionProvider } from './references/journey-node-descriptions.js';
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

/** What parsing, linking and checking maps needs: no editor features. */
export type JourneyCoreServices = LangiumCoreServices & JourneyAddedServices;

/** The journey language's parser, names and checks, shared by the language server and one-shot runs. */
export const JourneyCoreModule: Module<JourneyCoreServices, PartialLangiumCoreServices & JourneyAddedServices> = {
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
    workspace: {
        AstNodeDescriptionProvider: services => new JourneyNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new JourneyReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new JourneyDocumentValidator(services),
        ValidationRegistry: services => new JourneyValidationRegistry(services)
    }
};

export const JourneySharedCoreModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        DocumentBuilder: services => new JourneyDocumentBuilder(services),
        IndexManager: services => new JourneyIndexManager(services),
        WorkspaceManager: services => new JourneyWorkspaceManager(services)
    }
};

/** Makes the language's services known to the shared ones (by file extension) and registers its checks. */
export function registerJourney(shared: LangiumSharedCoreServices, Journey: JourneyCoreServices): void {
    shared.ServiceRegistry.register(Journey);
    registerValidationChecks(Journey);
}

/**
 * Creates the services a one-shot run needs, as `journey check` and `journey fmt` do: Langium's core, without
 * its language-server features (completion, hover, the protocol), which are neither built nor loaded. The
 * parser, linker and checks are those of `createJourneyServices`, so findings are the same.
 */
export function createJourneyCoreServices(
    context: DefaultSharedCoreModuleContext,
    ...overrides: Module<JourneyCoreServices, DeepPartial<JourneyCoreServices>>[]
): { shared: LangiumSharedCoreServices; Journey: JourneyCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), JourneyGeneratedSharedModule, JourneySharedCoreModule);
    const Journey = inject(createDefaultCoreModule({ shared }), JourneyMapsGeneratedModule, JourneyCoreModule, ...overrides);
    registerJourney(shared, Journey);
    // Nobody sends configuration without a language client; mark it as received so builds do not wait.
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Journey };
}
