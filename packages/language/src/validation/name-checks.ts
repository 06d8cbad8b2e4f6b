import { MultiMap, UriUtils, WorkspaceCache, type AstNodeDescription, type ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import type { JourneyCoreServices } from '../journey-core-module.js';
import { journeyIndex, type JourneyMember } from '../model/ast-queries.js';
import { capitalise } from '../text/casing.js';
import { typeWord } from '../text/type-words.js';
import { isBuiltinUri } from '../workspace/builtin-channels.js';
import { acceptIssue } from './accept-issue.js';

/** Names are unique: workspace-wide for declarations, journey-wide for what a journey holds. */
export function nameChecks(services: JourneyCoreServices): ValidationChecks<JourneyAstType> {
    const indexManager = services.shared.workspace.IndexManager;
    const locator = services.workspace.AstNodeLocator;
    const declarationsByType = new WorkspaceCache<string, MultiMap<string, AstNodeDescription>>(services.shared);
    const declarations = (type: string) => declarationsByType.get(type, () => {
        const byName = new MultiMap<string, AstNodeDescription>();
        for (const description of indexManager.allElements(type)) {
            if (description.type === type) {
                byName.add(description.name, description);
            }
        }
        return byName;
    });

    return {
        Document: (document, accept) => {
            const documentUri = document.$document?.uri;
            if (!documentUri || isBuiltinUri(documentUri)) {
                return;
            }
            for (const element of document.elements) {
                if (!element.name) {
                    continue;
                }
                const path = locator.getAstNodePath(element);
                const others = declarations(element.$type).get(element.name)
                    .filter(other => other.path !== path || other.documentUri.toString() !== documentUri.toString());
                if (others.length === 0) {
                    continue;
                }
                const word = typeWord(element.$type);
                const builtin = others.find(other => isBuiltinUri(other.documentUri));
                const message = builtin
                    ? `Channel '${element.name}' is built in; give your channel another name, or use the built-in one.`
                    : `${capitalise(word)} '${element.name}' is declared more than once (also at ${others.map(where).join(', ')}).`;
                acceptIssue(accept, 'duplicate-name', message, { node: element, property: 'name' });
            }
        },
        Journey: (journey, accept) => {
            const first = new Map<string, JourneyMember>();
            for (const member of journeyIndex(journey).members) {
                if (!member.name) {
                    continue;
                }
                const earlier = first.get(member.name);
                if (!earlier) {
                    first.set(member.name, member);
                    continue;
                }
                const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
                acceptIssue(accept, 'duplicate-name',
                    `The name '${member.name}' is already used by ${typeWord(earlier.$type)} '${earlier.name}' on line ${line}; names in a journey must be unique.`,
                    { node: member, property: 'name' });
            }
        }
    };
}

function where(description: AstNodeDescription): string {
    const line = (description.nameSegment?.range.start.line ?? 0) + 1;
    return `${UriUtils.basename(description.documentUri)}:${line}`;
}
