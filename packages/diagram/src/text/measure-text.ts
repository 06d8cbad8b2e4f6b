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
    // The words of the line being filled, joined once the line is full: one string per line, not one per word.
    let lineWords: string[] = [];
    let lineUnits = 0;
    const words = text.matchAll(/\S+/g);
    for (const [word] of words) {
        if (lines.length >= maxLines) {
            // The rest cannot be shown: cut it after what one line holds, without reading further.
            return [...lines.slice(0, maxLines - 1), truncate(oneLineOf([...lines.slice(maxLines - 1), lineWords.join(' '), word], words, style, maxWidth), style, maxWidth)];
        }
        const wordUnits = unitsOf(word, table, fits);
        if (lineWords.length > 0 && fits(lineUnits + space + wordUnits)) {
            lineWords.push(word);
            lineUnits += space + wordUnits;
            continue;
        }
        if (lineWords.length > 0) {
            lines.push(lineWords.join(' '));
        }
        if (fits(wordUnits)) {
            lineWords = [word];
            lineUnits = wordUnits;
            continue;
        }
        // A word too long for a line: as many characters per line as fit (at least one).
        let start = 0;
        let offset = 0;
        lineUnits = 0;
        for (const char of word) {
            const units = charUnits(char, table);
            if (offset > start && !fits(lineUnits + units)) {
                lines.push(word.slice(start, offset));
                if (lines.length > maxLines) {
                    return [...lines.slice(0, maxLines - 1), truncate(oneLineOf([...lines.slice(maxLines - 1), word.slice(offset)], words, style, maxWidth), style, maxWidth)];
                }
                start = offset;
                lineUnits = 0;
            }
            lineUnits += units;
            offset += char.length;
        }
        lineWords = [word.slice(start)];
    }
    if (lineWords.length > 0) {
        lines.push(lineWords.join(' '));
    }
    return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), truncate(lines.slice(maxLines - 1).join(' '), style, maxWidth)] : lines;
}

/** The given texts and then further words, joined by spaces, until they are wider than a line. */
function oneLineOf(texts: readonly string[], words: Iterator<RegExpMatchArray>, style: TextStyle, maxWidth: number): string {
    const parts = texts.filter(Boolean);
    let width = textWidth(parts.join(' '), style);
    while (width <= maxWidth) {
        const next = words.next();
        if (next.done) {
            break;
        }
        parts.push(next.value[0]);
        width += textWidth(` ${next.value[0]}`, style);
    }
    return parts.join(' ');
}

/** The advance of `text`, or, once it no longer `fits`, of the start measured so far (which does not fit either). */
function unitsOf(text: string, table: ReadonlyMap<string, number>, fits: (units: number) => boolean): number {
    let units = 0;
    for (const char of text) {
        units += charUnits(char, table);
        if (!fits(units)) {
            break;
        }
    }
    return units;
}

/** The longest start of `text` that fits `maxWidth` with an ellipsis after it (trailing spaces dropped). */
function truncate(text: string, style: TextStyle, maxWidth: number): string {
    const table = widths[style.weight];
    let kept = 0;
    let units = charUnits(ellipsis, table);
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
