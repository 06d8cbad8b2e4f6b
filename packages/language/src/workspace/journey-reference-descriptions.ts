import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription, type ReferenceDescriptionProvider } from 'langium';
import { AstPreorder, forEachReference } from '../model/ast-preorder.js';

/**
 * A provider of reference descriptions that can also describe a document's references at once, without yielding
 * to the event loop: what the index of references needs when it is built on demand (see journey-index-manager.ts),
 * as `IndexManager.findAllReferences` and `isAffected` are synchronous.
 */
export interface ImmediateReferenceDescriptionProvider extends ReferenceDescriptionProvider {
    describeNow(document: LangiumDocument): ReferenceDescription[];
}

export function isImmediateReferenceDescriptionProvider(provider: ReferenceDescriptionProvider): provider is ImmediateReferenceDescriptionProvider {
    return typeof (provider as Partial<ImmediateReferenceDescriptionProvider>).describeNow === 'function';
}

/**
 * Langium's descriptions of a linked document's references (the same walk as `createDescriptions`: every node,
 * every resolved reference), in one synchronous pass over the tree, walked as the linker walks it.
 */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider implements ImmediateReferenceDescriptionProvider {
    describeNow(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const node of new AstPreorder(document.parseResult.value)) {
            forEachReference(node, reference => {
                if (!reference.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(reference));
                }
            });
        }
        return descriptions;
    }
}
