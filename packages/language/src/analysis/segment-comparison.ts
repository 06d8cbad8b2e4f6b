import type { JourneyModel } from '../model/journey-model.js';

/** How one segment feels at one touchpoint. */
export interface SegmentFeeling {
    readonly segment: string;
    readonly score: number;
    readonly word?: string;
}

/** One touchpoint where at least two segments feel something, compared. */
export interface SegmentMoment {
    readonly touchpoint: string;
    readonly title: string;
    /** The innermost stage holding the touchpoint. */
    readonly stage: string;
    /** Each segment's feeling there, in the order of the journey's segments. */
    readonly feelings: readonly SegmentFeeling[];
    /** The highest score minus the lowest, on the journey's scale. */
    readonly spread: number;
    /** The segments feeling above the middle of the scale there. */
    readonly helped: readonly string[];
    /**
     * The segments feeling below the middle of the scale there. When both `helped` and `hurt` hold a segment,
     * what serves one group harms another at this touchpoint.
     */
    readonly hurt: readonly string[];
}

export interface SegmentComparison {
    /** The segments compared, in order of first mention. */
    readonly segments: readonly string[];
    /** The middle of the journey's scale: above it a segment is helped, below it hurt. */
    readonly middle: number;
    /** Every touchpoint where two segments or more feel something, in journey (text) order. */
    readonly moments: readonly SegmentMoment[];
}

/**
 * Segments side by side at each touchpoint: the spread of their feelings, and where one segment is hurt by what
 * helps another (one feels above the scale's middle, another below it). Touchpoints where fewer than two segments
 * feel something are left out: there is nothing to compare.
 */
export function segmentComparison(model: JourneyModel): SegmentComparison {
    const segments = model.segments.map(segment => segment.name);
    const middle = (model.scale.min + model.scale.max) / 2;
    const rank = (segment: string) => segments.indexOf(segment);
    const moments = model.touchpoints.flatMap(touchpoint => {
        const feelings = touchpoint.segmentEmotions
            .map(({ segment, score, word }) => ({ segment, score, word }))
            .sort((a, b) => rank(a.segment) - rank(b.segment));
        if (new Set(feelings.map(feeling => feeling.segment)).size < 2) {
            return [];
        }
        const scores = feelings.map(feeling => feeling.score);
        return [{
            touchpoint: touchpoint.name, title: touchpoint.title, stage: touchpoint.stage, feelings,
            spread: Math.max(...scores) - Math.min(...scores),
            helped: feelings.filter(feeling => feeling.score > middle).map(feeling => feeling.segment),
            hurt: feelings.filter(feeling => feeling.score < middle).map(feeling => feeling.segment)
        } satisfies SegmentMoment];
    });
    return { segments, middle, moments };
}
