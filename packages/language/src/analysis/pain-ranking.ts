import type { LocationRef, JourneyModel, PainModel } from '../model/journey-model.js';

export interface RankedPain {
    readonly name: string;
    readonly title: string;
    readonly location?: LocationRef;
    readonly severity?: PainModel['severity'];
    /** The personas affected, each once. */
    readonly affects: readonly string[];
    /** How many personas it affects. */
    readonly reach: number;
    /** The opportunities addressing it, in text order. */
    readonly opportunities: readonly string[];
    readonly addressed: boolean;
}

/** Most severe first: a customer giving up outweighs a workaround, which outweighs a trivial annoyance. */
const severityWeight = { abandon: 3, workaround: 2, trivial: 1 } as const;

/**
 * Pain points ranked by severity, then reach (personas affected), then unaddressed before addressed,
 * then text order.
 */
export function rankPains(model: JourneyModel): RankedPain[] {
    return model.pains
        .map((pain, order) => {
            const affects = [...new Set(pain.affects)];
            return {
                order,
                pain: {
                    name: pain.name, title: pain.title, location: pain.location, severity: pain.severity,
                    affects, reach: affects.length, opportunities: pain.opportunities, addressed: pain.opportunities.length > 0
                } satisfies RankedPain
            };
        })
        .sort((a, b) => weight(b.pain) - weight(a.pain) || b.pain.reach - a.pain.reach
            || Number(a.pain.addressed) - Number(b.pain.addressed) || a.order - b.order)
        .map(entry => entry.pain);
}

function weight(pain: RankedPain): number {
    return pain.severity ? severityWeight[pain.severity] : 0;
}
