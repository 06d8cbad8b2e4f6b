import { DefaultWorkspaceManager, URI, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { BUILTIN_CHANNELS_URI, builtinChannelsText } from './builtin-channels.js';

/** Adds the built-in channels to every workspace the language server opens. */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(this.documentFactory.fromString(builtinChannelsText, URI.parse(BUILTIN_CHANNELS_URI)));
    }
}
