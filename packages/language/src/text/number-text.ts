/**
 * A number for people: at most two decimals, no trailing zeros, and a typographic minus (U+2212), so that a
 * negative number shown in a table is never read as a formula by a spreadsheet.
 */
export function numberText(value: number | undefined): string {
    if (value === undefined) {
        return '';
    }
    const rounded = Math.round(value * 100) / 100;
    return rounded < 0 ? `\u2212${-rounded}` : String(rounded);
}
