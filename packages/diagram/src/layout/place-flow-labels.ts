import type { FlowEdge } from '../graph/diagram-graph.js';
import { typography } from '../text/typography.js';
import type { Line, Point, Rect } from './positioned-diagram.js';
import { RectIndex } from './rect-index.js';
import type { Span } from './stage-columns.js';
import { textLines } from './text-lines.js';

export interface PlacedFlowLabel {
    /** The label's background; its lines sit inside it. */
    readonly rect: Rect;
    readonly lines: readonly Line[];
    /** From the edge to a label that could not sit on or beside it. */
    readonly leader?: readonly Point[];
}

const gap = 3;

/**
 * Puts each flow label on its edge where the segment is long enough, else beside a segment (above or under a
 * horizontal one, right or left of a vertical one), the longest segments first; where every such place would
 * cover another text or a box, it goes straight under the middle of the edge's longest segment, below what is
 * in the way, tied to the edge by a leader. No label overlaps a box or another label; each stays within `bounds`.
 */
export function placeFlowLabels(
    edges: readonly (Pick<FlowEdge, 'id' | 'labelLines' | 'labelWidth' | 'labelHeight'> & { readonly points: readonly Point[] })[],
    obstacles: readonly Rect[], bounds: Span
): Map<string, PlacedFlowLabel> {
    const taken = new RectIndex();
    obstacles.forEach(rect => taken.add(rect));
    const placed = new Map<string, PlacedFlowLabel>();
    for (const edge of edges) {
        if (edge.labelLines.length === 0 || edge.points.length < 2) {
            continue;
        }
        const width = edge.labelWidth + 2 * gap;
        const height = edge.labelHeight + 2;
        const fits = (rect: Rect) => rect.x >= bounds.left && rect.x + rect.width <= bounds.right && !taken.collides(rect, 1);
        const segments = edge.points.slice(1).map((end, i) => ({ start: edge.points[i], end, length: Math.abs(end.x - edge.points[i].x) + Math.abs(end.y - edge.points[i].y) }))
            .sort((a, b) => b.length - a.length);
        const candidates = segments.flatMap(({ start, end, length }) => {
            const mx = (start.x + end.x) / 2;
            const my = (start.y + end.y) / 2;
            const horizontal = start.y === end.y;
            const along = horizontal ? width : height;
            const on = length >= along + 16 ? [{ x: mx - width / 2, y: my - height / 2 }] : [];
            const beside = horizontal
                ? [{ x: mx - width / 2, y: my - height - gap }, { x: mx - width / 2, y: my + gap }]
                : [{ x: mx + gap, y: my - height / 2 }, { x: mx - gap - width, y: my - height / 2 }];
            return [...on, ...beside];
        }).map(({ x, y }) => ({ x, y, width, height }));
        let rect = candidates.find(fits);
        let leader: Point[] | undefined;
        if (!rect) {
            const { start, end } = segments[0];
            const anchor = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
            const x = Math.min(Math.max(anchor.x - width / 2, bounds.left), bounds.right - width);
            let y = anchor.y + gap;
            while (taken.collides({ x, y, width, height }, 1)) {
                y += 4;
            }
            rect = { x, y, width, height };
            leader = [anchor, { x: anchor.x, y }];
        }
        taken.add(rect);
        placed.set(edge.id, { rect, lines: textLines(edge.labelLines, typography.label, rect.x + gap, rect.y + 1), leader });
    }
    return placed;
}
