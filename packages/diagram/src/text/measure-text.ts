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
        units += charUnits(char, table);
    }
    return toWidth(units, style);
}

/** A character's advance in thousandths of an em. */
function charUnits(char: string, table: ReadonlyMap<string, number>): number {
    return table.get(char) ?? (char.codePointAt(0)! >= 0x2e80 ? unknownWide : unknownNarrow);
}

function toWidth(units: number, style: TextStyle): number {
    return units * style.size / 1000;
}

export function lineHeight(style: TextStyle): number {
    return Math.round(style.size * 1.3);
}

const ellipsis = '…';

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces where it can and inside words that are too long
 * on their own; past `maxLines` the last line ends with an ellipsis. Each character is measured once, so a
 * long text costs time in proportion to its length.
 */
export function wrapText(text: string, style: TextStyle, maxWidth: number, maxLines = Infinity): string[] {
    const table = widths[style.weight];
    const fits = (units: number) => toWidth(units, style) <= maxWidth;
    const space = charUnits(' ', table);
    const lines: string[] = [];
    let line = '';
    let lineUnits = 0;
    const words = text.split(/\s+/).filter(Boolean);
    for (let w = 0; w < words.length; w++) {
        if (lines.length >= maxLines) {
            return [...lines.slice(0, maxLines - 1), truncate([lines[maxLines - 1], ...lines.slice(maxLines), line, ...words.slice(w)].filter(Boolean).join(' '), style, maxWidth)];
        }
        const word = words[w];
        const wordUnits = unitsOf(word, table);
        if (line && fits(lineUnits + space + wordUnits)) {
            line = `${line} ${word}`;
            lineUnits += space + wordUnits;
            continue;
        }
        if (line) {
            lines.push(line);
        }
        if (fits(wordUnits)) {
            line = word;
            lineUnits = wordUnits;
            continue;
        }
        // A word too long for a line: as many characters per line as fit (at least one).
        line = '';
        lineUnits = 0;
        for (const char of word) {
            const units = charUnits(char, table);
            if (line && !fits(lineUnits + units)) {
                lines.push(line);
                line = '';
                lineUnits = 0;
            }
            line += char;
            lineUnits += units;
        }
    }
    if (line) {
        lines.push(line);
    }
    return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), truncate(lines.slice(maxLines - 1).join(' '), style, maxWidth)] : lines;
}

function unitsOf(text: string, table: ReadonlyMap<string, number>): number {
    let units = 0;
    for (const char of text) {
        units += charUnits(char, table);
    }
    return units;
}

/** The longest start of `text` that fits `maxWidth` with an ellipsis after it (trailing spaces dropped). */
function truncate(text: string, style: TextStyle, maxWidth: number): string {
    const table = widths[style.weight];
    let kept = 0;
    let units = unitsOf(ellipsis, table);
    let end = 0;
    for (const char of text) {
        end += char.length;
        units += charUnits(char, table);
        // Spaces count only once a character follows them: a cut text drops its trailing spaces.
        if (/\s/.test(char)) {
            continue;
        }
        if (toWidth(units, style) > maxWidth) {
            break;
        }
        kept = end;
    }
    return text.slice(0, kept).trimEnd() + ellipsis;
}
