import { lineHeight, textWidth } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import type { Line } from './positioned-diagram.js';
import { RectIndex } from './rect-index.js';
import { textLines } from './text-lines.js';

/**
 * Emotion words beside their point (centred on `x`, or starting or ending there): a word that would cover one
 * placed before (another persona's, at the same score) moves a line further away from its point. The words placed
 * are indexed by area, so a word is compared with those near it, not with every word of every curve.
 */
export class WordStack {
    private readonly placed = new RectIndex();

    place(word: string, x: number, top: number, direction: 1 | -1, align: 'centre' | 'start' | 'end' = 'centre'): Line {
        const width = textWidth(word, typography.label);
        const height = lineHeight(typography.label);
        const rect = { x: align === 'centre' ? x - width / 2 : align === 'end' ? x - width : x, y: top, width, height };
        while (this.placed.collides(rect)) {
            rect.y += direction * height;
        }
        this.placed.add(rect);
        return textLines([word], typography.label, rect.x, rect.y)[0];
    }
}
