import type { TextItem, TextLane, TextPart } from '../graph/diagram-graph.js';
import { wrapText } from '../text/measure-text.js';
import { typography, type TextRole } from '../text/typography.js';
import { dimensions as d } from './dimensions.js';
import type { PlacedTextItem, PlacedTextLane } from './positioned-diagram.js';
import { stackItems } from './stack-items.js';
import type { Span } from './stage-columns.js';
import { blockHeight, textLines } from './text-lines.js';

/** The text style each part of a text item is measured and drawn in. */
export const textPartRoles: Record<TextPart['style'], TextRole> = { tag: 'tag', title: 'itemTitle', text: 'detail', quote: 'label', muted: 'detail' };

const pad = 8;
const partGap = 3;

/**
 * Places a text lane from `top` down: each item as wide as the span of its anchor (its card, its stage, or the
 * journey's start), its texts wrapped to that width, and items that share a span stacked.
 */
export function placeTextLane(lane: TextLane, spanOf: (anchor: string | undefined) => Span, top: number): { placed: PlacedTextLane; height: number } {
    const sized = lane.items.map(item => placeTextItem(item, spanOf(item.anchor)));
    const tops = stackItems(sized.map(item => ({ left: item.rect.x, right: item.rect.x + item.rect.width, height: item.rect.height })), top, d.laneItemGap);
    const items = sized.map((item, i): PlacedTextItem => ({
        ...item,
        rect: { ...item.rect, y: tops[i] },
        lines: item.lines.map(line => ({ ...line, y: line.y + tops[i] }))
    }));
    const bottom = Math.max(top, ...items.map(item => item.rect.y + item.rect.height));
    return { placed: { ...lane, items }, height: bottom - top };
}

/** An item at the top 0 of its span. */
function placeTextItem(item: TextItem, span: Span): PlacedTextItem {
    const inner = span.right - span.left - 2 * pad;
    let y = pad;
    const lines = item.texts.flatMap((part, i) => {
        const style = typography[textPartRoles[part.style]];
        y += i === 0 ? 0 : partGap;
        const placed = textLines(wrapText(part.text, style, inner, part.maxLines), style, span.left + pad, y);
        y += blockHeight(placed.length, style);
        return placed.map(line => ({ ...line, style: part.style }));
    });
    return { ...item, rect: { x: span.left, y: 0, width: span.right - span.left, height: y + pad }, lines };
}
