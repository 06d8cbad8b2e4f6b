import type { ChannelRef } from '../model/journey-model.js';
import type { ChannelShare } from './channel-mix.js';
import type { MetricGap } from './metric-gaps.js';

/** A channel's metrics beside what the map records of it. */
export interface ChannelHealth {
    readonly channel: ChannelRef;
    /** The touchpoints reached through it. */
    readonly touchpoints: readonly string[];
    /** The mean emotion score felt at its touchpoints, on the journey's scale. */
    readonly averageScore?: number;
    /** The metrics measured `at` the channel, in the order of `metricGaps` (off target first). */
    readonly metrics: readonly MetricGap[];
    /** How many of them are off target. */
    readonly offTarget: number;
}

/**
 * The health of every channel a metric is measured at: its metrics against their targets, with its touchpoints
 * and the mean feeling there from the channel mix. Channels with an off-target metric first, most off-target first,
 * then in the order their first metric comes in `gaps`.
 */
export function channelHealth(mix: readonly ChannelShare[], gaps: readonly MetricGap[]): ChannelHealth[] {
    const byChannel = new Map<string, { channel: ChannelRef; metrics: MetricGap[] }>();
    for (const gap of gaps) {
        if (gap.channel) {
            const entry = byChannel.get(gap.channel.name) ?? { channel: gap.channel, metrics: [] };
            entry.metrics.push(gap);
            byChannel.set(gap.channel.name, entry);
        }
    }
    return [...byChannel.values()]
        .map(({ channel, metrics }, order) => {
            const share = mix.find(entry => entry.channel?.name === channel.name);
            return {
                order,
                health: {
                    channel, touchpoints: share?.touchpoints ?? [], averageScore: share?.averageScore, metrics,
                    offTarget: metrics.filter(metric => metric.status === 'off-target').length
                } satisfies ChannelHealth
            };
        })
        .sort((a, b) => b.health.offTarget - a.health.offTarget || a.order - b.order)
        .map(entry => entry.health);
}
