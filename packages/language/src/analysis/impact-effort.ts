import type { JourneyModel, NamedRef } from '../model/journey-model.js';

/**
 * Where an opportunity sits in the impact/effort matrix:
 * - quick-win: low effort, high or medium impact;
 * - big-bet: high impact for medium or high effort, or medium impact for medium effort;
 * - fill-in: low impact for low or medium effort;
 * - money-pit: high effort for medium or low impact (flagged: more cost than value);
 * - unrated: impact or effort not given.
 */
export type Quadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit' | 'unrated';

/** The matrix's reading order: what to do first. */
export const quadrantOrder: readonly Quadrant[] = ['quick-win', 'big-bet', 'fill-in', 'money-pit', 'unrated'];

export interface PlacedOpportunity {
    readonly name: string;
    readonly title: string;
    readonly impact?: string;
    readonly effort?: string;
    readonly quadrant: Quadrant;
    /** True for a money pit: low or medium impact for high effort. */
    readonly flagged: boolean;
    readonly solves: readonly string[];
    readonly owner?: NamedRef;
    readonly due?: string;
    readonly status?: string;
}

const levels: Record<string, number> = { low: 1, medium: 2, high: 3 };

/** Every opportunity placed in the matrix, quick wins first; within a quadrant by impact (high first), effort (low first), text order. */
export function impactEffortMatrix(model: JourneyModel): PlacedOpportunity[] {
    return model.opportunities
        .map((opportunity, order) => {
            const quadrant = quadrantOf(opportunity.impact, opportunity.effort);
            return {
                order,
                placed: {
                    name: opportunity.name, title: opportunity.title, impact: opportunity.impact, effort: opportunity.effort,
                    quadrant, flagged: quadrant === 'money-pit', solves: opportunity.solves,
                    owner: opportunity.owner, due: opportunity.due, status: opportunity.status
                } satisfies PlacedOpportunity
            };
        })
        .sort((a, b) => quadrantOrder.indexOf(a.placed.quadrant) - quadrantOrder.indexOf(b.placed.quadrant)
            || level(b.placed.impact) - level(a.placed.impact) || level(a.placed.effort) - level(b.placed.effort) || a.order - b.order)
        .map(entry => entry.placed);
}

export function quadrantOf(impact: string | undefined, effort: string | undefined): Quadrant {
    const i = level(impact);
    const e = level(effort);
    if (i === 0 || e === 0) {
        return 'unrated';
    }
    if (e === 3 && i < 3) {
        return 'money-pit';
    }
    if (e === 1 && i > 1) {
        return 'quick-win';
    }
    return i === 1 ? 'fill-in' : 'big-bet';
}

function level(value: string | undefined): number {
    return value === undefined ? 0 : levels[value] ?? 0;
}
