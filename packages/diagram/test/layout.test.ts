import { beforeAll, describe, expect, it } from 'vitest';
import { layoutDiagram, type PositionedDiagram, type Rect } from '../src/index.js';
import { stackItems } from '../src/layout/stack-items.js';
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

describe('layout top to bottom (direction down)', () => {
    const diagrams = new Map<string, PositionedDiagram>();
    beforeAll(async () => {
        for (const [name, model] of await modelsOf(exampleFiles())) {
            diagrams.set(name, await layoutDiagram(model, { direction: 'down' }));
        }
    });

    it('keeps within 1,600 px, stages top to bottom in order, each box in its stage, sub-stages inside their parent', () => {
        for (const diagram of diagrams.values()) {
            expect(diagram.width).toBeLessThanOrEqual(1600);
            const top = diagram.stages.filter(stage => stage.depth === 0);
            top.slice(1).forEach((stage, i) => expect(stage.rect.y).toBeGreaterThanOrEqual(top[i].rect.y + top[i].rect.height));
            const boxes = new Map(diagram.boxes.map(box => [box.id, box.rect]));
            const within = (inner: Rect, outer: Rect) => inner.y >= outer.y && inner.y + inner.height <= outer.y + outer.height;
            for (const stage of diagram.stages) {
                stage.boxes.forEach(id => expect(within(boxes.get(id)!, stage.rect), `${id} in ${stage.id}`).toBe(true));
                stage.stages.forEach(sub => expect(within(diagram.stages.find(s => s.id === sub.id)!.rect, stage.rect)).toBe(true));
            }
        }
    });

    it('puts what a lane shows for a touchpoint in its row, in the lane\'s column, without overlaps', () => {
        for (const diagram of diagrams.values()) {
            const boxes = new Map(diagram.boxes.map(box => [box.id, box.rect]));
            for (const items of [diagram.pains, diagram.metrics]) {
                items.forEach((a, i) => items.slice(i + 1).forEach(b => expect(overlap(a.rect, b.rect), `${a.id} / ${b.id}`).toBe(false)));
                for (const item of items.filter(item => item.anchor?.startsWith('touchpoint:'))) {
                    const card = boxes.get(item.anchor!)!;
                    expect(item.rect.y, item.id).toBeGreaterThanOrEqual(card.y);
                    expect(item.rect.x, item.id).toBeGreaterThan(card.x + card.width);
                }
            }
        }
        const support = diagrams.get('SupportResponseTime')!;
        const band = support.boxes.find(box => box.id === 'touchpoint:ReplyUnder1Min')!.rect;
        const metrics = support.metrics.filter(metric => metric.anchor === 'touchpoint:ReplyUnder1Min');
        expect(metrics).toHaveLength(3);
        // The three stacked in the card's row, before the next row starts.
        const next = support.boxes.find(box => box.id === 'touchpoint:Reply1To5Min')!.rect;
        metrics.forEach(metric => expect(metric.rect.y + metric.rect.height).toBeLessThanOrEqual(next.y));
        expect(metrics[0].rect.y).toBeGreaterThanOrEqual(band.y);
    });

    it('draws the emotion curve down the page, higher scores further right', () => {
        const lane = diagrams.get('ActivewearFirstPurchase')!.emotions!;
        expect(lane.axis).toBe('x');
        const byScore = [...lane.curves[0].points].sort((a, b) => a.score - b.score);
        expect(byScore[0].x).toBeLessThan(byScore.at(-1)!.x);
    });
});

describe('flow labels', () => {
    it('sit clear of every box and of each other, in both directions, with no ELK column of their own', async () => {
        for (const [name, model] of await modelsOf(exampleFiles())) {
            for (const direction of ['right', 'down'] as const) {
                const diagram = await layoutDiagram(model, { direction });
                const labels = diagram.edges.flatMap(edge => edge.label ? [edge.label.rect] : []);
                expect(labels.length, name).toBe(diagram.edges.filter(edge => edge.labelLines.length > 0).length);
                labels.forEach((a, i) => {
                    diagram.boxes.forEach(box => expect(overlap(a, box.rect), `${name} ${direction}: label over ${box.id}`).toBe(false));
                    labels.slice(i + 1).forEach(b => expect(overlap(a, b), `${name} ${direction}: two labels`).toBe(false));
                });
            }
        }
    });
});

describe('compact, left to right', () => {
    it('stacks alternatives (the response-time bands) in one column, 200 px per touchpoint column', async () => {
        const model = (await modelsOf(exampleFiles())).get('SupportResponseTime')!;
        const full = await layoutDiagram(model);
        const compact = await layoutDiagram(model, { compact: true });
        const bands = ['ReplyUnder1Min', 'Reply1To5Min', 'Reply5To30Min', 'Reply30To60Min', 'Reply1To2Hours', 'ReplyOver2Hours'];
        const xs = (diagram: PositionedDiagram) => new Set(bands.map(name => diagram.boxes.find(box => box.id === `touchpoint:${name}`)!.rect.x));
        expect(xs(compact).size).toBe(1);
        expect(xs(full).size).toBe(6);
        expect(compact.width).toBeLessThan(full.width - 5 * 190);
        const columns = [...new Set(full.boxes.filter(box => box.kind === 'card').map(box => box.rect.x))].sort((a, b) => a - b);
        expect(columns[1] - columns[0]).toBe(200);
    });
});

describe('stacking a lane\'s items', () => {
    it('puts each item under the lowest overlapping item placed before it, and only those', () => {
        const items = [
            { left: 0, right: 164, height: 50 },
            // touches the first at 164: no overlap, so it starts at the top
            { left: 164, right: 328, height: 30 },
            // overlaps both, across the column edge at 256: under the taller one
            { left: 100, right: 300, height: 20 },
            // spans many columns far to the right, clear of everything
            { left: 600, right: 1400, height: 10 },
            // overlaps the second and the long one (the third ends where it starts): under the second
            { left: 300, right: 700, height: 5 },
            // its ends given the other way round, within the first and the third: under the third
            { left: 140, right: 120, height: 5 }
        ];
        expect(stackItems(items, 10, 8)).toEqual([10, 10, 68, 10, 10 + 30 + 8, 68 + 20 + 8]);
    });
});
