import { fontMetrics } from '../text/font-metrics.js';
import { lineHeight, type TextStyle } from '../text/measure-text.js';
import type { Line } from './positioned-diagram.js';

/** Lines of text stacked from `top` down, each with its baseline, so the glyphs sit centred in their line. */
export function textLines(texts: readonly string[], style: TextStyle, x: number, top: number): Line[] {
    const height = lineHeight(style);
    const glyphs = (fontMetrics.ascender - fontMetrics.descender) / 1000 * style.size;
    const baseline = (height - glyphs) / 2 + fontMetrics.ascender / 1000 * style.size;
    return texts.map((text, i) => ({ text, x, y: top + i * height + baseline }));
}

export function blockHeight(lines: number, style: TextStyle): number {
    return lines * lineHeight(style);
}
