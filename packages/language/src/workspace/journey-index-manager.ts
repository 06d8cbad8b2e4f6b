import { DefaultIndexManager, DocumentState, type AstNode, type LangiumDocument, type ReferenceDescription, type Stream, type URI } from 'langium';
import { isImmediateReferenceDescriptionProvider } from './journey-reference-descriptions.js';

/**
 * Indexes a document's references when something first asks for them, not in every build. Only find-references,
 * rename, highlights and the builder's `isAffected` (is a document affected by another's change?) read that index;
 * the checks never do. Describing every reference of a 1,000-touchpoint map was about a tenth of each keystroke's
 * build in the editor, and its thousands of small objects lived on until the next keystroke replaced them.
 */
export class JourneyIndexManager extends DefaultIndexManager {
    /** Linked documents whose references are not described yet, by URI. */
    private readonly undescribed = new Map<string, LangiumDocument>();

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.undescribed.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        this.undescribed.delete(uri.toString());
        super.removeReferences(uri);
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        for (const uri of [...this.undescribed.keys()]) {
            this.describe(uri);
        }
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        this.describe(document.uri.toString());
        return super.isAffected(document, changedUris);
    }

    /**
     * Puts the references of the document at `uri` into the index if they wait to be described and the document is
     * still linked (a document being rebuilt is described once it is linked again).
     */
    private describe(uri: string): void {
        const document = this.undescribed.get(uri);
        if (!document || document.state < DocumentState.Linked) {
            return;
        }
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        if (!isImmediateReferenceDescriptionProvider(provider)) {
            throw new Error(`The index of references is built on demand; ${document.uri.toString()}'s language must describe references with describeNow.`);
        }
        this.undescribed.delete(uri);
        this.referenceIndex.set(uri, provider.describeNow(document));
    }
}
