import { addToList } from '../model/add-to-list.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { MetricStatus } from '../model/metric-status.js';
import { mean } from './mean.js';

export interface MomentScorecard {
    readonly touchpoint: string;
    readonly title: string;
    readonly stage: string;
    readonly goal?: string;
    readonly risk?: string;
    readonly improvement?: string;
    readonly scores: readonly { readonly criterion: string; readonly value: number }[];
    /** The mean scorecard value, 1..5. */
    readonly average?: number;
    /** The criteria with the lowest value, in scorecard order. */
    readonly weakest: readonly string[];
    /** The metrics measured at the touchpoint, with their status. */
    readonly metrics: readonly { readonly name: string; readonly status: MetricStatus }[];
}

/** The moments of truth with their scorecards, weakest (lowest average) first; unscored ones last; ties in journey order. */
export function momentsOfTruth(model: JourneyModel): MomentScorecard[] {
    const measuredAt = new Map<string, { name: string; status: MetricStatus }[]>();
    for (const metric of model.metrics) {
        if (metric.location?.kind === 'touchpoint') {
            addToList(measuredAt, metric.location.name, { name: metric.name, status: metric.status });
        }
    }
    return model.touchpoints
        .flatMap(touchpoint => {
            const moment = touchpoint.moment;
            if (!moment) {
                return [];
            }
            const lowest = Math.min(...moment.scores.map(score => score.value));
            return [{
                touchpoint: touchpoint.name, title: touchpoint.title, stage: touchpoint.stage,
                goal: moment.goal, risk: moment.risk, improvement: moment.improvement, scores: moment.scores,
                average: mean(moment.scores.map(score => score.value)),
                weakest: moment.scores.filter(score => score.value === lowest).map(score => score.criterion),
                metrics: measuredAt.get(touchpoint.name) ?? []
            }];
        })
        .map((moment, order) => ({ moment, order }))
        .sort((a, b) => (a.moment.average ?? Infinity) - (b.moment.average ?? Infinity) || a.order - b.order)
        .map(entry => entry.moment);
}
