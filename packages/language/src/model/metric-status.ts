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
    /** Which direction is better: as written, else inferred from baseline and target; undefined when neither says. */
    readonly better?: BetterDirection;
    /** True when `better` was inferred from the baseline and the target, not written. */
    readonly betterInferred: boolean;
}

type Judged = Pick<Metric, 'current' | 'baseline' | 'target' | 'better'>;

/**
 * Which direction is better: `better` as written; else inferred when baseline and target disagree (a target below
 * the baseline means lower is better, above it higher); else unknown.
 */
export function metricDirection(metric: Pick<Metric, 'baseline' | 'target' | 'better'>): { better?: BetterDirection; inferred: boolean } {
    if (metric.better === 'higher' || metric.better === 'lower') {
        return { better: metric.better, inferred: false };
    }
    const baseline = usableNumber(metric.baseline);
    const target = usableNumber(metric.target);
    if (baseline !== undefined && target !== undefined && baseline !== target) {
        return { better: target < baseline ? 'lower' : 'higher', inferred: true };
    }
    return { inferred: false };
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
