import type { Metric } from '../generated/ast.js';
import { usableNumber } from './number-limits.js';

/** no-data: the metric has a target but no current value: not measured yet (a baseline is not a measurement of now). */
export type MetricStatus = 'met' | 'off-target' | 'no-data' | 'no-target';

export type BetterDirection = 'higher' | 'lower';

export interface MetricAssessment {
    readonly status: MetricStatus;
    /** The value judged: the current one. */
    readonly value?: number;
    /**
     * How far the current value is from the target, signed so that a positive gap is still to be closed. Without a
     * known direction, the distance either way (never negative unless on target).
     */
    readonly gap?: number;
    /** How far the baseline is from the target, signed like `gap`. */
    readonly baselineGap?: number;
    /** Which direction is better: as written, else inferred (see `metricDirection`); undefined when nothing says. */
    readonly better?: BetterDirection;
    /** What `better` was inferred from, when it was not written; false when written or unknown. */
    readonly betterInferred: false | BetterSource;
}

/** What a metric's better direction was inferred from: its baseline and target, or (no baseline) its current value and target. */
export type BetterSource = 'baseline' | 'current';

type Judged = Pick<Metric, 'current' | 'baseline' | 'target' | 'better'>;

/**
 * Which direction is better: `better` as written; else inferred where baseline and target disagree (a target below
 * the baseline means lower is better, above it higher); else, without a baseline, where the current value and the
 * target disagree (a target is where the metric should go from where it is: a target below the current value means
 * lower is better). Inferred from the current value, a metric can never be judged met (it is not at its target
 * yet), so the inference only names the direction; the check still asks for `better` (metric-without-direction).
 */
export function metricDirection(metric: Pick<Metric, 'baseline' | 'current' | 'target' | 'better'>): { better?: BetterDirection; inferred: false | BetterSource } {
    if (metric.better === 'higher' || metric.better === 'lower') {
        return { better: metric.better, inferred: false };
    }
    const target = usableNumber(metric.target);
    const baseline = usableNumber(metric.baseline);
    const current = usableNumber(metric.current);
    const from = baseline ?? current;
    if (target !== undefined && from !== undefined && from !== target) {
        return { better: target < from ? 'lower' : 'higher', inferred: baseline !== undefined ? 'baseline' : 'current' };
    }
    return { inferred: false };
}

/** How a direction was inferred, in words: `from baseline and target`. */
export function inferenceWords(source: BetterSource): string {
    return source === 'baseline' ? 'from baseline and target' : 'from current value and target';
}

/**
 * Judges a metric's current value against its target, honouring which direction is better (`metricDirection`). A
 * metric without a current value is not measured yet (`no-data`), whatever its baseline; the baseline's distance to
 * the target is given apart. Without a known direction, any distance from the target is off target. Numbers out of
 * bounds count as absent.
 */
export function assessMetric(metric: Judged): MetricAssessment {
    const { better, inferred } = metricDirection(metric);
    const base = { better, betterInferred: inferred };
    const value = usableNumber(metric.current);
    const target = usableNumber(metric.target);
    if (target === undefined) {
        return { ...base, status: 'no-target', value };
    }
    const gapOf = (from: number) => better === 'lower' ? from - target : better === 'higher' ? target - from : Math.abs(from - target);
    const baseline = usableNumber(metric.baseline);
    const baselineGap = baseline === undefined ? undefined : gapOf(baseline);
    if (value === undefined) {
        return { ...base, status: 'no-data', baselineGap };
    }
    const gap = gapOf(value);
    return { ...base, status: gap <= 0 ? 'met' : 'off-target', value, gap, baselineGap };
}
