/** Opens and closes a text that may span lines. */
export const tripleQuote = '"""';

/** Whether a STRING token is a text in triple quotes. */
export function isMultiLineText(image: string): boolean {
    return image.startsWith(tripleQuote);
}

/** Whether a text in triple quotes lacks its closing """ (its token then ends where the lexer's recovery cut it). */
export function isUnclosedMultiLineText(image: string): boolean {
    return isMultiLineText(image) && (image.length < 2 * tripleQuote.length || !image.endsWith(tripleQuote));
}

/**
 * The lines of a text in triple quotes as its value holds them: without the line break right after the
 * opening """ and the one before the closing """ (when they stand on lines of their own), without the
 * indentation the lines have in common, and without spaces at the ends of lines. A text on one line keeps
 * its characters as typed.
 */
export function multiLineTextLines(image: string): string[] {
    const body = image.slice(tripleQuote.length, isUnclosedMultiLineText(image) ? undefined : -tripleQuote.length);
    const lines = body.split(/\r\n|\r|\n/);
    if (lines.length === 1) {
        return lines;
    }
    const first = lines[0].trim();
    const rest = lines.slice(1);
    if (rest[rest.length - 1].trim() === '') {
        rest.pop();
    }
    const common = rest.reduce((least, line) => line.trim() === '' ? least : Math.min(least, line.length - line.trimStart().length), Infinity);
    const dedented = rest.map(line => line.slice(Number.isFinite(common) ? common : 0).trimEnd());
    return first === '' ? dedented : [first, ...dedented];
}

/** The value of a text in triple quotes: its lines joined by line breaks. */
export function multiLineTextValue(image: string): string {
    return multiLineTextLines(image).join('\n');
}
