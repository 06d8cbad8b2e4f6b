import type { FlowModel, JourneyModel } from '../model/journey-model.js';
import { flowPaths } from './funnels.js';
import { mean } from './mean.js';

/** One persona's feeling at one touchpoint. */
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
    /** `flow`: the points follow the persona's flow (`flow`, its id); `text`: the order the map lists touchpoints. */
    readonly order: 'flow' | 'text';
    readonly flow?: string;
    /** The curve: along the flow's path, or in text order. */
    readonly points: readonly CurvePoint[];
    /** Feelings at touchpoints off the flow's path, in text order: not joined to the curve. Empty in text order. */
    readonly offPath: readonly CurvePoint[];
    /** The mean of every feeling of the persona, on the path or off it. */
    readonly average?: number;
    /**
     * Local minima: points below a neighbour and above neither (of equal neighbours, the first counts),
     * deepest first, then in journey order.
     */
    readonly troughs: readonly CurvePoint[];
    /** Every fall between consecutive points, steepest first, then in journey order. */
    readonly drops: readonly EmotionDrop[];
}

/**
 * The emotion curve of each persona of the journey that feels something somewhere, in the order of `personas`.
 * A persona with a flow is followed along it (`flowPath`); of several flows, the one whose path passes the most
 * touchpoints where the persona feels something (ties: the first written). Without a flow, text order.
 */
export function emotionCurves(model: JourneyModel): EmotionCurve[] {
    const personas = [...new Set([...model.personas.map(persona => persona.name),
        ...model.touchpoints.flatMap(touchpoint => touchpoint.emotions.map(emotion => emotion.persona))])];
    return personas.map(persona => {
        const felt: CurvePoint[] = model.touchpoints.flatMap(touchpoint => touchpoint.emotions
            .filter(emotion => emotion.persona === persona)
            .map(emotion => ({ touchpoint: touchpoint.name, title: touchpoint.title, stage: touchpoint.stage, score: emotion.score, word: emotion.word })));
        const at = new Map(felt.map(point => [point.touchpoint, point]));
        const along = (path: readonly string[]) => path.flatMap(name => at.get(name) ?? []);
        let best: { flow: FlowModel; points: CurvePoint[] } | undefined;
        for (const flow of model.flows.filter(flow => flow.persona === persona)) {
            const points = along(flowPath(flow));
            if (!best || points.length > best.points.length) {
                best = { flow, points };
            }
        }
        const base = { persona, average: mean(felt.map(point => point.score)) };
        if (!best) {
            return { ...base, order: 'text' as const, points: felt, offPath: [], troughs: troughs(felt), drops: drops(felt) };
        }
        const { flow, points } = best;
        const onPath = new Set(points);
        return {
            ...base, order: 'flow' as const, flow: flow.id, points, offPath: felt.filter(point => !onPath.has(point)),
            troughs: troughs(points), drops: drops(points)
        };
    }).filter(curve => curve.points.length + curve.offPath.length > 0);
}

/**
 * The path most people take through a flow: from its first start, at each touchpoint the forward step that
 * carries the largest share of the people there (a step without a share: its even part of what shared steps
 * leave), ties to the step written first, never back to a touchpoint already on the path.
 */
export function flowPath(flow: FlowModel): string[] {
    const paths = flowPaths(flow);
    const path: string[] = [];
    // The path's touchpoints as a set too: asking the array at each step made a long flow's path quadratic.
    const onPath = new Set<string>();
    let here: string | undefined = paths.starts[0];
    while (here !== undefined && !onPath.has(here)) {
        path.push(here);
        onPath.add(here);
        const next: { to: string; weight: number }[] = (paths.out.get(here) ?? [])
            .filter(step => !step.backtrack && step.step.to !== undefined && !onPath.has(step.step.to))
            .map(step => ({ to: step.step.to!, weight: step.weight }));
        here = next.reduce<{ to: string; weight: number } | undefined>((most, step) => !most || step.weight > most.weight ? step : most, undefined)?.to;
    }
    return path;
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
