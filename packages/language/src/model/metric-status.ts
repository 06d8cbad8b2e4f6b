import type { Metric } from '../generated/ast.js';

export type MetricStatus = 'met' | 'off-target' | 'no-data' | 'no-target';

export interface MetricAssessment {
    readonly status: MetricStatus;
    /** The value judged: the current one, else the baseline. */
    readonly value?: number;
    /** How far the value is from the target, signed so that a positive gap is still to be closed. */
    readonly gap?: number;
}

/**
 * Judges a metric against its target, honouring which direction is better (higher unless it says lower).
 * The current value is judged; without one, the baseline.
 */
export function assessMetric(metric: Pick<Metric, 'current' | 'baseline' | 'target' | 'better'>): MetricAssessment {
    const value = metric.current ?? metric.baseline;
    if (metric.target === undefined) {
        return { status: 'no-target', value };
    }
    if (value === undefined) {
        return { status: 'no-data' };
    }
    const gap = metric.better === 'lower' ? value - metric.target : metric.target - value;
    return { status: gap <= 0 ? 'met' : 'off-target', value, gap };
}
