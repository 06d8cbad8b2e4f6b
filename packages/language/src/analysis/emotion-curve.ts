import type { JourneyModel } from '../model/journey-model.js';
import { mean } from './mean.js';

/** One persona's feeling at one touchpoint, in touchpoint order. */
export interface CurvePoint {
    readonly touchpoint: string;
    readonly title: string;
    /** The innermost stage holding the touchpoint. */
    readonly stage: string;
    readonly score: number;
    readonly word?: string;
}

/** A fall in score from one point of the curve to the next. */
export interface EmotionDrop {
    readonly from: CurvePoint;
    readonly to: CurvePoint;
    /** How far the score falls: `from.score - to.score`, always above 0. */
    readonly fall: number;
}

export interface EmotionCurve {
    readonly persona: string;
    readonly points: readonly CurvePoint[];
    readonly average?: number;
    /**
     * Local minima: points below a neighbour and above neither (of equal neighbours, the first counts),
     * deepest first, then in journey order.
     */
    readonly troughs: readonly CurvePoint[];
    /** Every fall between consecutive points, steepest first, then in journey order. */
    readonly drops: readonly EmotionDrop[];
}

/** The emotion curve of each persona of the journey that feels something somewhere, in the order of `personas`. */
export function emotionCurves(model: JourneyModel): EmotionCurve[] {
    const personas = [...new Set([...model.personas.map(persona => persona.name),
        ...model.touchpoints.flatMap(touchpoint => touchpoint.emotions.map(emotion => emotion.persona))])];
    return personas.map(persona => {
        const points: CurvePoint[] = model.touchpoints.flatMap(touchpoint => touchpoint.emotions
            .filter(emotion => emotion.persona === persona)
            .map(emotion => ({ touchpoint: touchpoint.name, title: touchpoint.title, stage: touchpoint.stage, score: emotion.score, word: emotion.word })));
        return { persona, points, average: mean(points.map(point => point.score)), troughs: troughs(points), drops: drops(points) };
    }).filter(curve => curve.points.length > 0);
}

function troughs(points: readonly CurvePoint[]): CurvePoint[] {
    const found: { point: CurvePoint; order: number }[] = [];
    for (let i = 0; i < points.length; i++) {
        const score = points[i].score;
        // Walk over a plateau of equal scores: the first of them stands for it.
        let end = i;
        while (end + 1 < points.length && points[end + 1].score === score) {
            end++;
        }
        const before = points[i - 1]?.score;
        const after = points[end + 1]?.score;
        const neighbours = [before, after].filter((value): value is number => value !== undefined);
        if (neighbours.length > 0 && neighbours.every(value => value > score)) {
            found.push({ point: points[i], order: i });
        }
        i = end;
    }
    return found.sort((a, b) => a.point.score - b.point.score || a.order - b.order).map(entry => entry.point);
}

function drops(points: readonly CurvePoint[]): EmotionDrop[] {
    return points.slice(1)
        .map((to, i) => ({ from: points[i], to, fall: points[i].score - to.score, order: i }))
        .filter(drop => drop.fall > 0)
        .sort((a, b) => b.fall - a.fall || a.order - b.order)
        .map(({ from, to, fall }) => ({ from, to, fall }));
}
