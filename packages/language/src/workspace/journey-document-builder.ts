import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import { dependsOnEveryMap } from './whole-workspace-checks.js';

/**
 * Also rebuilds the files that declare personas whenever another file changes: whether a persona is used
 * (unused-persona) depends on every map, though the declaring file refers to none of them.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return super.shouldRelink(document, changedUris) || dependsOnEveryMap(document);
    }
}
