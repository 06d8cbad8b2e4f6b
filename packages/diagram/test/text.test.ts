import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { fontMetrics, textWidth, wrapText } from '../src/index.js';

const regular = { size: 10, weight: 'regular' } as const;

describe('text measurement', () => {
    it('uses the advance widths of the Inter files that rasterise PNGs', () => {
        const bytes = readFileSync(createRequire(import.meta.url).resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'));
        const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
        for (const char of 'AWimw .→★') {
            const expected = Math.round(font.charToGlyph(char).advanceWidth! * 1000 / font.unitsPerEm);
            expect(textWidth(char, { size: 1000, weight: 'bold' }), char).toBe(expected);
        }
        expect(fontMetrics.family).toBe('Inter');
    });

    it('wraps at spaces, breaks words too long for a line, and ends a cut text with an ellipsis', () => {
        const lines = wrapText('Delivery options on the checkout page', regular, 80);
        expect(lines.length).toBeGreaterThan(1);
        lines.forEach(line => expect(textWidth(line, regular)).toBeLessThanOrEqual(80));
        expect(lines.join(' ')).toBe('Delivery options on the checkout page');
        expect(wrapText('Supercalifragilisticexpialidocious', regular, 40).every(line => textWidth(line, regular) <= 40)).toBe(true);
        const cut = wrapText('one two three four five six seven eight', regular, 40, 2);
        expect(cut).toHaveLength(2);
        expect(cut[1].endsWith('…')).toBe(true);
    });
});
