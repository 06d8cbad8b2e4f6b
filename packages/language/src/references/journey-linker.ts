import {
    AstUtils, Cancellation, DefaultLinker, DocumentState, RefResolving, isAstNode, isAstNodeDescription,
    type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument, type LinkingError, type Reference, type ReferenceInfo
} from 'langium';
import { isJourney } from '../generated/ast.js';
import { AstPreorder, forEachReference } from '../model/ast-preorder.js';
import { periodicInterrupt } from '../workspace/periodic-interrupt.js';
import { typeWord } from '../text/type-words.js';
import { JourneyReference, type ReferenceResolver } from './journey-reference.js';
import { scopeNames } from './scope-names.js';

const declaredPerWorkspace = new Set(['Persona', 'Segment', 'Actor', 'Team', 'Channel', 'Journey']);

/**
 * Says what a name that does not resolve should have been, in the map writer's words; and makes references
 * instances of `JourneyReference` (see there why), resolved on first read by `resolve`.
 */
export class JourneyLinker extends DefaultLinker implements ReferenceResolver {
    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new JourneyReference(this, node, property, refNode, refText);
    }

    /**
     * Langium's `link`: every reference of every node, in the same order (so `document.references` and the
     * linking errors keep theirs), with the same cancellation, but walking the tree without a stream per node
     * and per node's references (see `AstPreorder`) nor a promise per node (see `periodicInterrupt`). With Langium's
     * profiler on, Langium's own walk runs, as it times each reference.
     */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const interrupt = periodicInterrupt(cancelToken);
        for (const node of new AstPreorder(document.parseResult.value)) {
            const pending = interrupt();
            if (pending) await pending;
            forEachReference(node, reference => this.doLink(reference, document));
        }
    }

    /**
     * Langium's `unlink`, but for `JourneyReference`s it resets `_nodeDescription` rather than deleting it:
     * deleting a property turns each reference of the map into a slower dictionary object, on every keystroke.
     */
    override unlink(document: LangiumDocument): void {
        const others: LangiumDocument['references'] = [];
        for (const reference of document.references) {
            if (reference instanceof JourneyReference) {
                reference._ref = undefined;
                reference._nodeDescription = undefined;
            } else {
                others.push(reference);
            }
        }
        document.references = others;
        super.unlink(document);
    }

    /** The getter `ref` of Langium's `DefaultLinker.buildReference`, step for step. */
    resolve(reference: JourneyReference): AstNode | undefined {
        if (isAstNode(reference._ref)) {
            return reference._ref;
        }
        const info: ReferenceInfo = { reference, container: reference.container, property: reference.property };
        if (isAstNodeDescription(reference._nodeDescription)) {
            // A candidate has been found before, but it is not loaded yet.
            reference._ref = this.loadAstNode(reference._nodeDescription) ?? this.createLinkingError(info, reference._nodeDescription);
        } else if (reference._ref === undefined) {
            reference._ref = RefResolving;
            const document = AstUtils.findRootNode(reference.container).$document;
            const found = this.getLinkedNode(info);
            if (found.error && document && document.state < DocumentState.ComputedScopes) {
                // The document's scopes are not ready: it is linked again later.
                reference._ref = undefined;
                return undefined;
            }
            reference._ref = found.node ?? found.error;
            reference._nodeDescription = found.descr;
            document?.references.push(reference);
        } else if (reference._ref === RefResolving) {
            this.throwCyclicReferenceError(reference.container, reference.property, reference.$refText);
        }
        return isAstNode(reference._ref) ? reference._ref : undefined;
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const name = refInfo.reference.$refText;
        const word = typeWord(type);
        let message: string;
        if (declaredPerWorkspace.has(type)) {
            message = `Unknown ${word} '${name}': no file of the workspace declares it.`;
        } else {
            const journey = AstUtils.getContainerOfType(refInfo.container, isJourney);
            message = `Unknown ${word} '${name}': journey '${journey?.name ?? ''}' has no ${word} of that name.`;
        }
        const suggestion = scopeNames(this.scopeProvider.getScope(refInfo)).closest(name);
        if (suggestion) {
            message += ` Did you mean '${suggestion}'?`;
        }
        return { ...error, message };
    }
}
