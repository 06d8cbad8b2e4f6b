/**
 * Spreadsheets run a cell that starts with =, +, - or @ (and some also after a tab or carriage return) as a
 * formula: user text exported to CSV or Markdown tables is prefixed with an apostrophe so it stays text.
 */
export function guardFormula(text: string): string {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
