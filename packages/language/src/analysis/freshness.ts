import type { CadenceUnit } from '../generated/ast.js';
import { daysBetween, defaultCadence, isRealDate, nextReviewDate } from '../model/dates.js';
import type { JourneyModel } from '../model/journey-model.js';

export interface Freshness {
    /** unreviewed: no (valid) review date; stale: the next review was due before `today`. */
    readonly status: 'fresh' | 'stale' | 'unreviewed';
    readonly today: string;
    readonly reviewed?: string;
    /** The cadence written, or quarterly (the default). */
    readonly cadence: { readonly count: number; readonly unit: string };
    readonly cadenceDefaulted: boolean;
    /** When the next review is due, YYYY-MM-DD. */
    readonly due?: string;
    /** Days from `today` to `due`: negative once overdue. */
    readonly daysLeft?: number;
}

/** The map's review date against its cadence, as of `today` (YYYY-MM-DD): the same rule as the `stale-map` check. */
export function freshness(model: JourneyModel, today: string): Freshness {
    const cadence = model.cadence ?? defaultCadence;
    const base = { today, reviewed: model.reviewed, cadence: { count: cadence.count, unit: cadence.unit }, cadenceDefaulted: !model.cadence };
    if (!model.reviewed || !isRealDate(model.reviewed)) {
        return { ...base, status: 'unreviewed' };
    }
    // The model keeps the unit as written, which the grammar limits to the cadence units.
    const due = nextReviewDate(model.reviewed, { count: cadence.count, unit: cadence.unit as CadenceUnit });
    return { ...base, status: due < today ? 'stale' : 'fresh', due, daysLeft: daysBetween(today, due) };
}
