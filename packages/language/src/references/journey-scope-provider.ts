import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope,
    type AstNodeDescription, type ReferenceInfo, type Scope
} from 'langium';
import { FlowStep, Journey, Touchpoint, isJourney } from '../generated/ast.js';
import { journeyMembers } from '../model/ast-queries.js';

/** Reference types resolved inside the journey that holds the reference. */
const journeyMemberTypes = new Set(['Stage', 'Touchpoint', 'Metric', 'Pain', 'Opportunity', 'Experiment', 'Located']);

/**
 * Names are resolved from maps, never by walking lists, so linking stays linear in the size of the workspace
 * (Langium's default walks local symbol lists per reference, which is quadratic).
 *
 * - personas, segments, teams, channels and journeys: the workspace's global index (one map per type);
 * - stages, touchpoints, metrics, pains, opportunities, experiments: one map per journey and type, built on
 *   first use and kept until the journey's document is parsed again;
 * - a flow that names a touchpoint its journey lacks still links to another journey's touchpoint of that name,
 *   so the validator can say exactly what is wrong.
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    private readonly journeyScopes = new WeakMap<Journey, Map<string, Scope>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (!journeyMemberTypes.has(referenceType)) {
            return this.getGlobalScope(referenceType, context);
        }
        const journey = AstUtils.getContainerOfType(context.container, isJourney);
        if (!journey) {
            return EMPTY_SCOPE;
        }
        const local = this.journeyScope(journey, referenceType);
        if (context.container.$type === FlowStep.$type && referenceType === Touchpoint.$type) {
            return new MapScope(local.getAllElements(), this.getGlobalScope(referenceType, context), { concatOuterScope: false });
        }
        return local;
    }

    private journeyScope(journey: Journey, referenceType: string): Scope {
        let scopes = this.journeyScopes.get(journey);
        if (!scopes) {
            scopes = new Map();
            this.journeyScopes.set(journey, scopes);
        }
        let scope = scopes.get(referenceType);
        if (!scope) {
            const descriptions: AstNodeDescription[] = [];
            for (const member of journeyMembers(journey)) {
                if (member.name && this.reflection.isSubtype(member.$type, referenceType)) {
                    descriptions.push(this.descriptions.createDescription(member, member.name));
                }
            }
            // The first declaration of a name wins; later ones are reported as duplicates.
            scope = new MapScope(descriptions.reverse());
            scopes.set(referenceType, scope);
        }
        return scope;
    }
}
