import { guardFormula, markdownText } from '@journey-maps/language/model';

/** User text in a Markdown report or diff: escaped by the one Markdown rule, and kept from reading as a formula when a table is pasted into a spreadsheet. */
export function markdownUserText(text: string): string {
    return markdownText(guardFormula(text));
}
