import type { LangiumDocument } from 'langium';
import { isDocument, isPersona } from '../generated/ast.js';

/**
 * Whether a document's checks depend on the references of every other map, not only on the names they
 * declare: a file declaring personas does, since whether a persona is used (unused-persona) depends on
 * every map, though the declaring file refers to none of them.
 */
export function dependsOnEveryMap(document: LangiumDocument): boolean {
    const root = document.parseResult.value;
    return isDocument(root) && root.elements.some(isPersona);
}
