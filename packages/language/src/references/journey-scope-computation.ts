import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { isDocument, type Document } from '../generated/ast.js';
import { journeyIndex } from '../model/ast-queries.js';

/**
 * Exports what other files may refer to: every top-level declaration (journeys, personas, segments, teams,
 * channels) and every touchpoint (so that a flow naming another journey's touchpoint gets a precise
 * diagnostic instead of "unknown"). Names inside a journey are resolved by `JourneyScopeProvider` from an
 * index built per journey, so no local symbol tables are computed here.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return [];
        }
        const exports: AstNodeDescription[] = [];
        for (const node of exportedNodes(root)) {
            this.addExportedSymbol(node, exports, document);
        }
        return exports;
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}

function* exportedNodes(root: Document): Generator<AstNode> {
    for (const element of root.elements) {
        yield element;
        if (element.$type === 'Journey') {
            yield* journeyIndex(element).touchpoints;
        }
    }
}
