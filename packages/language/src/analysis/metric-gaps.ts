import type { ChannelRef, JourneyModel, LocationRef } from '../model/journey-model.js';
import { assessMetric, type BetterDirection, type BetterSource, type MetricStatus } from '../model/metric-status.js';
import { funnels, type Funnel } from './funnels.js';
import { placeReach } from './places.js';

export interface MetricGap {
    readonly name: string;
    readonly title: string;
    readonly location?: LocationRef;
    /** The channel it is measured on (channel health), when it is at one instead of a stage or touchpoint. */
    readonly channel?: ChannelRef;
    readonly unit?: string;
    readonly baseline?: number;
    readonly current?: number;
    readonly target?: number;
    /** The value a future-state map expects. */
    readonly projected?: number;
    /** Which direction is better: as written, else inferred (`betterInferred` says from what); undefined when unknown. */
    readonly better?: BetterDirection;
    readonly betterInferred: false | BetterSource;
    readonly status: MetricStatus;
    /** The value judged: the current one (a metric without one is `no-data`: not measured yet). */
    readonly value?: number;
    /** How far the value is from the target, signed so that a positive gap is still to be closed (without a direction: the distance). */
    readonly gap?: number;
    /** How far the baseline is from the target, signed like `gap`. */
    readonly baselineGap?: number;
    /** The gap as a share of the target, in %; undefined when the target is 0. */
    readonly relativeGap?: number;
    readonly source?: string;
    readonly measured?: string;
    /** Before and after: from the baseline to the current value, else to the projected one. */
    readonly change?: MetricChange;
    /** Share of a funnel's starters reaching the metric's place, in % (the largest over the funnels); undefined off the funnels. */
    readonly funnelReach?: number;
}

export interface MetricChange {
    readonly from: number;
    readonly to: number;
    /** What `to` is: the current (measured) value, or the projected one. */
    readonly kind: 'current' | 'projected';
    /** `to - from`: percentage points for a `%` metric. */
    readonly difference: number;
    /** The difference as a share of `from`, in %; undefined when `from` is 0. */
    readonly relative?: number;
}

/** From the baseline to the current value, else to the projected one; undefined without a baseline or either. */
export function metricChange(metric: { readonly baseline?: number; readonly current?: number; readonly projected?: number }): MetricChange | undefined {
    const to = metric.current ?? metric.projected;
    if (metric.baseline === undefined || to === undefined) {
        return undefined;
    }
    const from = metric.baseline;
    return { from, to, kind: metric.current !== undefined ? 'current' : 'projected', difference: to - from, relative: from === 0 ? undefined : 100 * (to - from) / Math.abs(from) };
}

/** What needs attention first: off target, then without data, then without target, then met. */
const statusOrder: readonly MetricStatus[] = ['off-target', 'no-data', 'no-target', 'met'];

/**
 * Every metric against its target (judged by `assessMetric`, honouring which direction is better), in the
 * order of `statusOrder`; off-target metrics on a funnel first, most reached first, then the others by relative gap,
 * widest first; otherwise in text order. `found` is the map's funnels, when the caller has them already.
 */
export function metricGaps(model: JourneyModel, found: readonly Funnel[] = funnels(model)): MetricGap[] {
    const reachAt = placeReach(model, found);
    return model.metrics
        .map((metric, order) => {
            const { status, value, gap, baselineGap, better, betterInferred } = assessMetric(metric);
            const relativeGap = gap !== undefined && metric.target ? 100 * gap / Math.abs(metric.target) : undefined;
            return {
                order,
                gap: {
                    name: metric.name, title: metric.title, location: metric.location, channel: metric.channel, unit: metric.unit,
                    baseline: metric.baseline, current: metric.current, target: metric.target, better, betterInferred: metric.betterInferred ?? betterInferred,
                    projected: metric.projected, status, value, gap, baselineGap, relativeGap, source: metric.source, measured: metric.measured,
                    change: metricChange(metric), funnelReach: metric.location && reachAt(metric.location)
                } satisfies MetricGap
            };
        })
        .sort((a, b) => statusOrder.indexOf(a.gap.status) - statusOrder.indexOf(b.gap.status)
            || (b.gap.funnelReach ?? -1) - (a.gap.funnelReach ?? -1)
            || (b.gap.relativeGap ?? 0) - (a.gap.relativeGap ?? 0) || a.order - b.order)
        .map(entry => entry.gap);
}
