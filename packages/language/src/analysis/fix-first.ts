import { addToList } from '../model/add-to-list.js';
import type { JourneyModel, LocationRef } from '../model/journey-model.js';
import type { Funnel } from './funnels.js';
import { impactEffortMatrix, type Quadrant } from './impact-effort.js';
import { mean } from './mean.js';
import { placeKey, placeReach, placeTouchpoints } from './places.js';

export interface FixFirstEntry {
    readonly pain: string;
    readonly title: string;
    readonly location?: LocationRef;
    /** weight x personas x reach x negativity. */
    readonly score: number;
    readonly severity?: string;
    /** 3 for abandon, 2 for workaround, 1 for trivial or unrated. */
    readonly weight: number;
    /** Personas affected (at least 1). */
    readonly personas: number;
    /** Share of a funnel's starters reaching the pain's place, in % (the largest over the funnels); undefined when no funnel reaches it. */
    readonly reach?: number;
    /** The mean feeling at the pain's place (of the personas it affects, when they feel something there), on the journey's scale. */
    readonly feeling?: number;
    /** 1 at or above the scale's middle, up to 2 at its bottom. */
    readonly negativity: number;
    /** The opportunities that address the pain, quick wins first (the impact/effort matrix's order). */
    readonly opportunities: readonly { readonly name: string; readonly title: string; readonly quadrant: Quadrant }[];
    /** Why it ranks where it does, in words. */
    readonly why: string;
}

const severityWeight: Record<string, number> = { abandon: 3, workaround: 2, trivial: 1 };

/**
 * What to fix first: every pain point scored by severity weight (abandon 3, workaround 2, trivial or unrated 1) x
 * personas affected x reach (the share of a funnel's starters reaching its place, 1 when no funnel does) x
 * negativity (1 + how far the mean feeling there lies below the scale's middle, as a share of half the scale: 1..2);
 * highest first, then unaddressed first, then text order.
 */
export function fixFirst(model: JourneyModel, funnels: readonly Funnel[]): FixFirstEntry[] {
    const touchpointsAt = placeTouchpoints(model);
    const reachAt = placeReach(model, funnels);
    const touchpoints = new Map(model.touchpoints.map(touchpoint => [touchpoint.name, touchpoint]));
    // The mean feeling at a place of the personas a pain affects (of everyone there, when they feel nothing there),
    // worked out once for each place and set of personas, however many pains share them.
    const feelingAt = new Map<string, number | undefined>();
    const feelingOf = (location: LocationRef, affects: readonly string[]) => {
        const affected = new Set(affects);
        const key = [placeKey(location), ...[...affected].sort()].join('\u0000');
        if (!feelingAt.has(key)) {
            const emotions = touchpointsAt(location).flatMap(name => touchpoints.get(name)?.emotions ?? []);
            const theirs = emotions.filter(emotion => affected.has(emotion.persona));
            feelingAt.set(key, mean((theirs.length > 0 ? theirs : emotions).map(emotion => emotion.score)));
        }
        return feelingAt.get(key);
    };
    // Each pain's opportunities, in the matrix's order, gathered once rather than searched for each pain.
    const solving = new Map<string, { name: string; title: string; quadrant: Quadrant }[]>();
    for (const o of impactEffortMatrix(model)) {
        for (const pain of new Set(o.solves)) {
            addToList(solving, pain, { name: o.name, title: o.title, quadrant: o.quadrant });
        }
    }
    const { min, max } = model.scale;
    const middle = (min + max) / 2;
    return model.pains
        .map((pain, order) => {
            const reach = pain.location ? reachAt(pain.location) : undefined;
            const feeling = pain.location ? feelingOf(pain.location, pain.affects) : undefined;
            const negativity = feeling === undefined || max === middle ? 1 : 1 + Math.min(1, Math.max(0, (middle - feeling) / (max - middle)));
            const weight = (pain.severity && severityWeight[pain.severity]) || 1;
            const personas = Math.max(1, new Set(pain.affects).size);
            const score = weight * personas * (reach ?? 100) / 100 * negativity;
            const opportunities = solving.get(pain.name) ?? [];
            const why = [
                `${pain.severity ?? 'unrated'} (x${weight})`,
                `${personas} persona${personas === 1 ? '' : 's'}`,
                reach === undefined ? 'no funnel reaches it (x1)' : `${round(reach)}% of starters reach it`,
                feeling === undefined ? 'no feeling recorded (x1)' : `feeling ${round(feeling)} on ${min}..${max} (x${round(negativity)})`
            ].join(' x ') + ` = ${round(score)}` + (opportunities.length === 0 ? '; nothing addresses it yet' : '');
            return {
                order, addressed: opportunities.length > 0,
                entry: {
                    pain: pain.name, title: pain.title, location: pain.location, score, severity: pain.severity, weight, personas, reach,
                    feeling, negativity, opportunities, why
                } satisfies FixFirstEntry
            };
        })
        .sort((a, b) => b.entry.score - a.entry.score || Number(a.addressed) - Number(b.addressed) || a.order - b.order)
        .map(item => item.entry);
}

function round(value: number): string {
    return String(Math.round(value * 100) / 100).replace('-', '\u2212');
}
