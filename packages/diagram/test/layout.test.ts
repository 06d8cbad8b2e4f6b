import { beforeAll, describe, expect, it } from 'vitest';
import { layoutDiagram, type PositionedDiagram, type Rect } from '../src/index.js';
import { exampleFiles, modelsOf } from './example-models.js';

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) => inner.x >= outer.x && inner.x + inner.width <= outer.x + outer.width;

describe('layout', () => {
    const diagrams = new Map<string, PositionedDiagram>();
    beforeAll(async () => {
        for (const [name, model] of await modelsOf(exampleFiles())) {
            diagrams.set(name, await layoutDiagram(model));
        }
    });

    it('never overlaps two boxes, two pains or two metrics', () => {
        for (const diagram of diagrams.values()) {
            for (const items of [diagram.boxes, diagram.pains, diagram.metrics]) {
                items.forEach((a, i) => items.slice(i + 1).forEach(b => expect(overlap(a.rect, b.rect), `${a.id} / ${b.id}`).toBe(false)));
            }
        }
    });

    it('puts stages left to right in order, each box inside its stage, sub-stages inside their parent', () => {
        for (const diagram of diagrams.values()) {
            const top = diagram.stages.filter(stage => stage.depth === 0);
            top.slice(1).forEach((stage, i) => expect(stage.rect.x).toBeGreaterThanOrEqual(top[i].rect.x + top[i].rect.width));
            const boxes = new Map(diagram.boxes.map(box => [box.id, box.rect]));
            for (const stage of diagram.stages) {
                stage.boxes.forEach(id => expect(inside(boxes.get(id)!, stage.rect), `${id} in ${stage.id}`).toBe(true));
                stage.stages.forEach(sub => expect(inside(diagram.stages.find(s => s.id === sub.id)!.rect, stage.rect)).toBe(true));
            }
        }
        expect(diagrams.get('ActivewearFirstPurchase')!.stages.filter(stage => stage.depth === 1)).toHaveLength(5);
    });

    it('routes every flow edge from its source box to its target box', () => {
        for (const diagram of diagrams.values()) {
            const boxes = new Map(diagram.boxes.map(box => [box.id, box.rect]));
            for (const edge of diagram.edges) {
                expect(edge.points.length, edge.id).toBeGreaterThanOrEqual(2);
                const touches = (rect: Rect, p: { x: number; y: number }) =>
                    p.x >= rect.x - 1 && p.x <= rect.x + rect.width + 1 && p.y >= rect.y - 1 && p.y <= rect.y + rect.height + 1;
                expect(touches(boxes.get(edge.source)!, edge.points[0]), edge.id).toBe(true);
                expect(touches(boxes.get(edge.target)!, edge.points.at(-1)!), edge.id).toBe(true);
            }
        }
    });

    it('draws each emotion under its touchpoint, higher scores higher up', () => {
        const lane = diagrams.get('ActivewearFirstPurchase')!.emotions!;
        const points = lane.curves[0].points;
        const byScore = [...points].sort((a, b) => a.score - b.score);
        expect(byScore[0].y).toBeGreaterThan(byScore.at(-1)!.y);
        points.forEach(point => expect(point.y).toBeGreaterThanOrEqual(lane.rect.y));
    });
});
