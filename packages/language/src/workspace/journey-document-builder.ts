import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import { isDocument, isPersona } from '../generated/ast.js';

/**
 * Also rebuilds the files that declare personas whenever another file changes: whether a persona is used
 * (unused-persona) depends on every map, though the declaring file refers to none of them.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const root = document.parseResult.value;
        return super.shouldRelink(document, changedUris) || (isDocument(root) && root.elements.some(isPersona));
    }
}
