import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope,
    type AstNodeDescription, type ReferenceInfo, type Scope, type Stream
} from 'langium';
import { Channel, FlowStep, type Journey, Located, Measured, Touchpoint, isJourney } from '../generated/ast.js';
import { journeyIndex } from '../model/ast-queries.js';

/** Reference types resolved inside the journey that holds the reference. */
const journeyMemberTypes = new Set(['Stage', 'Touchpoint', 'Metric', 'Pain', 'Opportunity', 'Experiment', 'Located', 'Measured']);

/**
 * Names are resolved from maps, never by walking lists, so linking stays linear in the size of the workspace
 * (Langium's default walks local symbol lists per reference, which is quadratic).
 *
 * - personas, segments, teams, channels and journeys: the workspace's global index (one map per type);
 * - stages, touchpoints, metrics, pains, opportunities, experiments: one map per journey and type, built on
 *   first use and kept until the journey's document is parsed again; where a metric is measured, its journey's
 *   stages and touchpoints first, then the workspace's channels;
 * - a flow that names a touchpoint its journey lacks still links to another journey's touchpoint of that name,
 *   so the validator can say exactly what is wrong.
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    private readonly journeyScopes = new WeakMap<Journey, Map<string, Scope>>();
    private readonly fallbackScopes = new WeakMap<Scope, WeakMap<Scope, Scope>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (!journeyMemberTypes.has(referenceType)) {
            return this.getGlobalScope(referenceType, context);
        }
        const journey = AstUtils.getContainerOfType(context.container, isJourney);
        if (!journey) {
            return EMPTY_SCOPE;
        }
        if (referenceType === Measured.$type) {
            // A metric is measured at a stage or touchpoint of its journey, or on a channel of the workspace.
            return this.fallbackScope(this.journeyScope(journey, Located.$type), this.getGlobalScope(Channel.$type, context));
        }
        const local = this.journeyScope(journey, referenceType);
        if (context.container.$type === FlowStep.$type && referenceType === Touchpoint.$type) {
            return this.fallbackScope(local, this.getGlobalScope(referenceType, context));
        }
        return local;
    }

    /** `local`, then `fallback`: the same scope for the same two, as long as both are kept (see `scopeNames`). */
    private fallbackScope(local: Scope, fallback: Scope): Scope {
        let byFallback = this.fallbackScopes.get(local);
        if (!byFallback) {
            byFallback = new WeakMap();
            this.fallbackScopes.set(local, byFallback);
        }
        let scope = byFallback.get(fallback);
        if (!scope) {
            scope = new FallbackScope(local, fallback);
            byFallback.set(fallback, scope);
        }
        return scope;
    }

    /** The scope of one journey's members of one type; one pass over the journey indexes every type. */
    private journeyScope(journey: Journey, referenceType: string): Scope {
        let scopes = this.journeyScopes.get(journey);
        if (!scopes) {
            scopes = this.indexJourney(journey);
            this.journeyScopes.set(journey, scopes);
        }
        let scope = scopes.get(referenceType);
        if (!scope) {
            // A union type (a stage or touchpoint): its member types' scopes, in that order.
            const members = [...scopes.entries()].filter(([type]) => this.reflection.isSubtype(type, referenceType)).map(([, member]) => member);
            scope = members.reduceRight<Scope>((outer, member) => new FallbackScope(member, outer), EMPTY_SCOPE);
            scopes.set(referenceType, scope);
        }
        return scope;
    }

    private indexJourney(journey: Journey): Map<string, Scope> {
        const byType = new Map<string, AstNodeDescription[]>();
        for (const member of journeyIndex(journey).members) {
            if (member.name) {
                let descriptions = byType.get(member.$type);
                if (!descriptions) {
                    descriptions = [];
                    byType.set(member.$type, descriptions);
                }
                descriptions.push(this.descriptions.createDescription(member, member.name));
            }
        }
        // The first declaration of a name wins (MapScope keeps the last it is given); later ones are duplicates.
        return new Map([...byType.entries()].map(([type, descriptions]) => [type, new MapScope(descriptions.reverse())]));
    }
}

/** Looks a name up in `local` first and only then in `fallback`; costs nothing to create. */
class FallbackScope implements Scope {
    constructor(private readonly local: Scope, private readonly fallback: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.local.getElement(name) ?? this.fallback.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const local = this.local.getElements(name);
        return local.isEmpty() ? this.fallback.getElements(name) : local;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.local.getAllElements().concat(this.fallback.getAllElements());
    }
}
