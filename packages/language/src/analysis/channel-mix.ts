import type { ChannelRef, JourneyModel } from '../model/journey-model.js';
import { mean } from './mean.js';

export interface ChannelShare {
    /** The channel; undefined for the touchpoints that name none. */
    readonly channel?: ChannelRef;
    readonly touchpoints: readonly string[];
    /** Share of the journey's touchpoints, in %. */
    readonly share: number;
    /** The mean emotion score felt at its touchpoints, on the journey's scale. */
    readonly averageScore?: number;
}

/** Touchpoints per channel, most used first, then in order of first use. */
export function channelMix(model: JourneyModel): ChannelShare[] {
    const groups = new Map<string, { channel?: ChannelRef; touchpoints: string[]; scores: number[] }>();
    for (const touchpoint of model.touchpoints) {
        const key = touchpoint.channel?.name ?? '';
        const group = groups.get(key) ?? { channel: touchpoint.channel, touchpoints: [], scores: [] };
        group.touchpoints.push(touchpoint.name);
        group.scores.push(...touchpoint.emotions.map(emotion => emotion.score));
        groups.set(key, group);
    }
    return [...groups.values()]
        .map((group, order) => ({
            order,
            share: {
                channel: group.channel, touchpoints: group.touchpoints,
                share: 100 * group.touchpoints.length / model.touchpoints.length,
                averageScore: mean(group.scores)
            } satisfies ChannelShare
        }))
        .sort((a, b) => b.share.touchpoints.length - a.share.touchpoints.length || a.order - b.order)
        .map(entry => entry.share);
}
