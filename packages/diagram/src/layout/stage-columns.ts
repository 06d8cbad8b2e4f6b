import type { StageNode } from '../graph/diagram-graph.js';
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
        for (const stage of siblings) {
            const own = stage.boxes.map(id => boxes.get(id)!);
            const left = Math.min(...own.map(r => r.x));
            const right = Math.max(...own.map(r => r.x + r.width));
            const before = parentBoxes.filter(r => r.x + r.width <= left).map(r => r.x + r.width);
            const after = parentBoxes.filter(r => r.x >= right).map(r => r.x);
            const span = {
                left: before.length > 0 ? (Math.max(...before) + left) / 2 : parent.left,
                right: after.length > 0 ? (Math.min(...after) + right) / 2 : parent.right
            };
            spans.set(stage.id, span);
            divide(stage.stages, span, own);
        }
    };
    divide(stages, outer, stages.flatMap(stage => stage.boxes.map(id => boxes.get(id)!)));
    return spans;
}
