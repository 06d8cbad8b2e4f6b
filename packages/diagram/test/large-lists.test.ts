import { describe, expect, it } from 'vitest';
import { diagramIds, type StageNode } from '../src/index.js';
import { largest, smallest } from '../src/layout/extremes.js';
import { bottomOf } from '../src/layout/lane-items.js';
import type { Rect } from '../src/layout/positioned-diagram.js';
import { stageSpans } from '../src/layout/stage-columns.js';

/** More than a call can take as spread arguments (about 120,000): a map's per-touchpoint lists reach this. */
const count = 200_000;

const stage = (name: string, boxes: readonly string[]): StageNode => ({
    id: diagramIds.stage(name), range: { uri: 'file:///large.journey', start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, title: name, depth: 0, stages: [], boxes
});

describe('per-touchpoint lists beyond what a spread call takes', () => {
    it('stage spans: a stage of 200,000 cards and its neighbour share a border halfway between them', () => {
        const rects = new Map<string, Rect>();
        const ids = Array.from({ length: count }, (_, i) => {
            const id = diagramIds.touchpoint(`T${i}`);
            rects.set(id, { x: 100 + 240 * i, y: 0, width: 200, height: 80 });
            return id;
        });
        const last = diagramIds.touchpoint('Last');
        rects.set(last, { x: 100 + 240 * count, y: 0, width: 200, height: 80 });
        const spans = stageSpans([stage('Big', ids), stage('Next', [last])], rects, { left: 80, right: 140 + 240 * count + 200 });
        const border = (100 + 240 * (count - 1) + 200 + 100 + 240 * count) / 2;
        expect(spans.get(diagramIds.stage('Big'))).toEqual({ left: 80, right: border });
        expect(spans.get(diagramIds.stage('Next'))).toEqual({ left: border, right: 140 + 240 * count + 200 });
    });

    it('the bottom of a lane of 200,000 items is its lowest item\'s', () => {
        const items = Array.from({ length: count }, (_, i) => ({ rect: { x: 0, y: i % 1000, width: 10, height: i === 123_456 ? 5000 : 10 } }));
        expect(bottomOf(items)).toBe(123_456 % 1000 + 5000);
    });

    it('largest and smallest give what Math.max and Math.min would, without spreading the values', () => {
        const values = Array.from({ length: count }, (_, i) => (i * 7919) % count - 1000);
        expect(largest(values)).toBe(count - 1001);
        expect(smallest(values)).toBe(-1000);
        expect(largest(values, 1e9)).toBe(1e9);
        expect(largest([], 0)).toBe(0);
        expect(largest([])).toBe(-Infinity);
        expect(smallest([])).toBe(Infinity);
        expect(largest([1, Number.NaN, 2])).toBeNaN();
        expect(Object.is(largest([-0], -0), -0)).toBe(true);
        expect(Object.is(largest([-0], 0), 0)).toBe(true);
    });
});
