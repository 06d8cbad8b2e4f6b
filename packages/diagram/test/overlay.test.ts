import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CurveComparison } from '@journey-maps/language';
import { renderEmotionOverlay, themes } from '../src/index.js';

const gridLines = (svg: string) => svg.split('<line ').filter(line => line.includes(`stroke="${themes.light.grid}"`)).length;

const curves: CurveComparison[] = [{
    persona: 'Sarah',
    points: [
        { touchpoint: 'Ad', title: 'Sees an ad', before: -1, after: 1 },
        { touchpoint: 'Pay', title: 'Pays', before: 2, after: undefined }
    ]
}];

describe('emotion overlay', () => {
    it('draws one grid line per score of a small scale', () => {
        const svg = renderEmotionOverlay(curves, { min: -2, max: 2 }, 'Shop');
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(gridLines(svg)).toBe(5);
    });

    it('draws a few grid lines on a wide or huge scale instead of one per score', () => {
        for (const scale of [{ min: -1_000_000, max: 1_000_000 }, { min: -1e20, max: 1e20 }, { min: 0, max: 100 }]) {
            const started = performance.now();
            const svg = renderEmotionOverlay(curves, scale, 'Shop');
            expect(performance.now() - started).toBeLessThan(1000);
            expect(XMLValidator.validate(svg)).toBe(true);
            expect(gridLines(svg), JSON.stringify(scale)).toBe(3);
            expect(svg).not.toMatch(/NaN|Infinity/);
        }
    });

    it('shortens a long touchpoint title to one line', () => {
        const title = 'x'.repeat(200_000);
        const svg = renderEmotionOverlay([{ persona: 'Sarah', points: [{ touchpoint: 'Ad', title, before: 1, after: 2 }] }], { min: -2, max: 2 }, 'Shop');
        const shown = /<text [^>]*rotate\(-35[^>]*>([^<]*)<\/text>/.exec(svg)![1];
        expect(shown).toMatch(/^x+…$/);
        expect(shown.length).toBeLessThan(40);
    });
});
