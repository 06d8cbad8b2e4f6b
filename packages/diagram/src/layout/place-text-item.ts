import type { TextItem, TextPart } from '../graph/diagram-graph.js';
import { wrapText } from '../text/measure-text.js';
import { typography, type TextRole } from '../text/typography.js';
import type { PlacedTextItem, Rect } from './positioned-diagram.js';
import { blockHeight, textLines } from './text-lines.js';

/** The text style each part of a text item is measured and drawn in. */
export const textPartRoles: Record<TextPart['style'], TextRole> = { tag: 'tag', title: 'itemTitle', text: 'detail', quote: 'label', muted: 'detail' };

const pad = 8;
const partGap = 3;

/** A text item in `rect` (its height is the item's own): its texts wrapped to the width, one under another. */
export function placeTextItem(item: TextItem, rect: Rect): PlacedTextItem {
    const inner = rect.width - 2 * pad;
    let y = rect.y + pad;
    const lines = item.texts.flatMap((part, i) => {
        const style = typography[textPartRoles[part.style]];
        y += i === 0 ? 0 : partGap;
        const placed = textLines(wrapText(part.text, style, inner, part.maxLines), style, rect.x + pad, y);
        y += blockHeight(placed.length, style);
        return placed.map(line => ({ ...line, style: part.style }));
    });
    return { ...item, rect: { ...rect, height: y + pad - rect.y }, lines };
}
