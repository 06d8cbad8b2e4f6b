import { AstUtils, DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { isJourney } from '../generated/ast.js';
import { typeWord } from '../text/type-words.js';
import { closestName } from '../text/closest-name.js';

const declaredPerWorkspace = new Set(['Persona', 'Segment', 'Actor', 'Team', 'Channel', 'Journey']);

/** Says what a name that does not resolve should have been, in the map writer's words. */
export class JourneyLinker extends DefaultLinker {
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
        const candidates = this.scopeProvider.getScope(refInfo).getAllElements().map(d => d.name);
        const suggestion = closestName(name, candidates);
        if (suggestion) {
            message += ` Did you mean '${suggestion}'?`;
        }
        return { ...error, message };
    }
}
