import { AstUtils, DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription, type ReferenceDescriptionProvider } from 'langium';

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
 * every resolved reference), in one synchronous pass.
 */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider implements ImmediateReferenceDescriptionProvider {
    describeNow(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const reference of AstUtils.streamReferences(node)) {
                if (!reference.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(reference));
                }
            }
        }
        return descriptions;
    }
}
