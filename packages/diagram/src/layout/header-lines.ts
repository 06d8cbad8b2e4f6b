import type { DiagramGraph } from '../graph/diagram-graph.js';
import { wrapText } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import { dimensions as d } from './dimensions.js';
import type { Line } from './positioned-diagram.js';
import { blockHeight, textLines } from './text-lines.js';

/** The header's facts wrap to at most this many lines; the rest is cut with an ellipsis. */
const maxFactLines = 3;

/** The title and facts over a diagram `width` wide, and where what follows them starts. */
export function headerLines(graph: DiagramGraph, width: number): { titleLines: Line[]; factLines: Line[]; bottom: number } {
    const titleLines = textLines(wrapText(graph.header.title, typography.title, width - 2 * d.margin, 2), typography.title, d.margin, d.margin);
    const factsTop = d.margin + blockHeight(titleLines.length, typography.title) + 4;
    const factLines = textLines(wrapText(graph.header.facts.join('   ·   '), typography.subtitle, width - 2 * d.margin, maxFactLines), typography.subtitle, d.margin, factsTop);
    return { titleLines, factLines, bottom: factsTop + blockHeight(factLines.length, typography.subtitle) + 20 };
}
