import type { Metric } from '../generated/ast.js';
import { usableNumber } from './number-limits.js';

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
 * The current value is judged; without one, the baseline. Numbers out of bounds count as absent.
 */
export function assessMetric(metric: Pick<Metric, 'current' | 'baseline' | 'target' | 'better'>): MetricAssessment {
    const value = usableNumber(metric.current) ?? usableNumber(metric.baseline);
    const target = usableNumber(metric.target);
    if (target === undefined) {
        return { status: 'no-target', value };
    }
    if (value === undefined) {
        return { status: 'no-data' };
    }
    const gap = metric.better === 'lower' ? value - target : target - value;
    return { status: gap <= 0 ? 'met' : 'off-target', value, gap };
}
