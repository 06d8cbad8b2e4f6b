import type { StageNode } from '../graph/diagram-graph.js';
import { largest, smallest } from './extremes.js';
import type { Rect } from './positioned-diagram.js';

export interface Span {
    readonly left: number;
    readonly right: number;
}

/**
 * The horizontal span of each stage's column. A stage's border lies halfway between its outermost box and the
 * nearest box of its parent outside it, or on the parent's border; so neighbouring stages share a border, and
 * sub-stages stay inside their stage.
 */
export function stageSpans(stages: readonly StageNode[], boxes: ReadonlyMap<string, Rect>, outer: Span): Map<string, Span> {
    const spans = new Map<string, Span>();
    const divide = (siblings: readonly StageNode[], parent: Span, parentBoxes: readonly Rect[]) => {
        // The parent's box edges sorted once, so each stage finds its nearest neighbours by bisection, not by a pass over them all.
        const rights = parentBoxes.map(r => r.x + r.width).sort((a, b) => a - b);
        const lefts = parentBoxes.map(r => r.x).sort((a, b) => a - b);
        for (const stage of siblings) {
            const own = stage.boxes.map(id => boxes.get(id)!);
            const left = smallest(own.map(r => r.x));
            const right = largest(own.map(r => r.x + r.width));
            const before = firstAbove(rights, left) - 1;
            const after = firstAtLeast(lefts, right);
            const span = {
                left: before >= 0 ? (rights[before] + left) / 2 : parent.left,
                right: after < lefts.length ? (lefts[after] + right) / 2 : parent.right
            };
            spans.set(stage.id, span);
            divide(stage.stages, span, own);
        }
    };
    divide(stages, outer, stages.flatMap(stage => stage.boxes.map(id => boxes.get(id)!)));
    return spans;
}

/** The index of the first of the ascending `values` above `limit` (their length when none is). */
function firstAbove(values: readonly number[], limit: number): number {
    return bisect(values, value => value > limit);
}

/** The index of the first of the ascending `values` at least `limit` (their length when none is). */
function firstAtLeast(values: readonly number[], limit: number): number {
    return bisect(values, value => value >= limit);
}

/** The first index of `values` whose value passes `test`, which fails for a prefix of them and passes for the rest. */
function bisect(values: readonly number[], test: (value: number) => boolean): number {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (test(values[middle])) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    return low;
}
