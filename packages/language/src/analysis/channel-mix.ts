import type { ChannelRef, JourneyModel } from '../model/journey-model.js';
import { mean } from './mean.js';

export interface ChannelShare {
    /** The channel; undefined for the touchpoints that name none. */
    readonly channel?: ChannelRef;
    readonly touchpoints: readonly string[];
    /** Share of the journey's touchpoints reached through it, in %: a touchpoint of several channels counts in each, so shares may add up to more than 100. */
    readonly share: number;
    /** The mean emotion score felt at its touchpoints, on the journey's scale. */
    readonly averageScore?: number;
}

/** Touchpoints per channel (each channel of a touchpoint counts), most used first, then in order of first use. */
export function channelMix(model: JourneyModel): ChannelShare[] {
    const groups = new Map<string, { channel?: ChannelRef; touchpoints: string[]; counted: Set<string>; scores: number[] }>();
    for (const touchpoint of model.touchpoints) {
        for (const channel of touchpoint.channels.length > 0 ? touchpoint.channels : [undefined]) {
            const key = channel?.name ?? '';
            const group = groups.get(key) ?? { channel, touchpoints: [], counted: new Set<string>(), scores: [] };
            if (!group.counted.has(touchpoint.name)) {
                group.counted.add(touchpoint.name);
                group.touchpoints.push(touchpoint.name);
                group.scores.push(...touchpoint.emotions.map(emotion => emotion.score));
            }
            groups.set(key, group);
        }
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
