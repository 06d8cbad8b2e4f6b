import { fontMetrics } from './font-metrics.js';

/**
 * Text measured with a table of Inter's advance widths instead of a browser, so the same map gives the
 * same SVG everywhere. Characters outside the table count as wide ones (an em for CJK and the like).
 */
export interface TextStyle {
    readonly size: number;
    readonly weight: 'regular' | 'bold';
}

const widths = {
    regular: new Map([...fontMetrics.chars].map((char, i) => [char, fontMetrics.regular[i]])),
    bold: new Map([...fontMetrics.chars].map((char, i) => [char, fontMetrics.bold[i]]))
};
const unknownNarrow = 620;
const unknownWide = 1000;

export function textWidth(text: string, style: TextStyle): number {
    const table = widths[style.weight];
    let units = 0;
    for (const char of text) {
        units += table.get(char) ?? (char.codePointAt(0)! >= 0x2e80 ? unknownWide : unknownNarrow);
    }
    return units * style.size / 1000;
}

export function lineHeight(style: TextStyle): number {
    return Math.round(style.size * 1.3);
}

const ellipsis = '…';

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces where it can and inside words that are too long
 * on their own; past `maxLines` the last line ends with an ellipsis.
 */
export function wrapText(text: string, style: TextStyle, maxWidth: number, maxLines = Infinity): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (textWidth(candidate, style) <= maxWidth) {
            line = candidate;
            continue;
        }
        if (line) {
            lines.push(line);
        }
        line = word;
        while (textWidth(line, style) > maxWidth && line.length > 1) {
            const fit = fittingLength(line, style, maxWidth);
            lines.push(line.slice(0, fit));
            line = line.slice(fit);
        }
    }
    if (line) {
        lines.push(line);
    }
    return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), truncate(lines.slice(maxLines - 1).join(' '), style, maxWidth)] : lines;
}

function fittingLength(text: string, style: TextStyle, maxWidth: number): number {
    let length = 1;
    while (length < text.length && textWidth(text.slice(0, length + 1), style) <= maxWidth) {
        length++;
    }
    return length;
}

function truncate(text: string, style: TextStyle, maxWidth: number): string {
    let kept = text;
    while (kept.length > 0 && textWidth(kept.trimEnd() + ellipsis, style) > maxWidth) {
        kept = kept.slice(0, -1);
    }
    return kept.trimEnd() + ellipsis;
}
