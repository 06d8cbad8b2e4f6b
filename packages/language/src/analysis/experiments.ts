import type { BetterDirection } from '../model/metric-status.js';
import type { JourneyModel } from '../model/journey-model.js';

/** A number written with an optional `%`: with it, a relative change of the metric; without, a level it reaches. */
export interface Measure {
    readonly value: number;
    readonly percent: boolean;
}

export interface ExperimentResult {
    readonly name: string;
    readonly title: string;
    readonly opportunity?: string;
    readonly kind?: string;
    readonly hypothesis?: string;
    readonly metric?: string;
    readonly status?: string;
    /** The success threshold (`expect`). */
    readonly expected?: Measure;
    /** What was measured (`observed`). */
    readonly observed?: Measure;
    /** The result in words (`result`). */
    readonly result?: string;
    /** Whether the observed value reaches the threshold; undefined when either is missing or they cannot be compared. */
    readonly meetsThreshold?: boolean;
    /** Marked won while missing its threshold, or lost while reaching it. */
    readonly mismatch: boolean;
}

/** Every experiment with its threshold, what was observed and whether they agree with its status, in text order. */
export function experimentResults(model: JourneyModel): ExperimentResult[] {
    const directions = new Map(model.metrics.map(metric => [metric.name, metric.better]));
    return model.experiments.map(experiment => {
        const meets = meetsThreshold(experiment.expected, experiment.observed, experiment.metric === undefined ? undefined : directions.get(experiment.metric));
        return {
            name: experiment.name, title: experiment.title, opportunity: experiment.opportunity, kind: experiment.kind,
            hypothesis: experiment.hypothesis, metric: experiment.metric, status: experiment.status,
            expected: experiment.expected, observed: experiment.observed, result: experiment.result,
            meetsThreshold: meets, mismatch: verdictMismatch(experiment.status, meets)
        };
    });
}

/**
 * Whether an observed result reaches a threshold. Two changes (`%`): the observed change goes at least as far as the
 * expected one, in its direction (-40% reaches -30%; -12% does not). Two levels: at or beyond the threshold in the
 * metric's better direction. Otherwise (no direction for levels, a change against a level, a 0% threshold): undefined.
 */
export function meetsThreshold(expected: Measure | undefined, observed: Measure | undefined, better: BetterDirection | undefined): boolean | undefined {
    if (!expected || !observed || expected.percent !== observed.percent) {
        return undefined;
    }
    const towards = expected.percent ? (expected.value < 0 ? 'lower' : expected.value > 0 ? 'higher' : undefined) : better;
    if (towards === undefined) {
        return undefined;
    }
    return towards === 'lower' ? observed.value <= expected.value : observed.value >= expected.value;
}

/** A won experiment that missed its threshold, or a lost one that reached it. */
export function verdictMismatch(status: string | undefined, meets: boolean | undefined): boolean {
    return (status === 'won' && meets === false) || (status === 'lost' && meets === true);
}
