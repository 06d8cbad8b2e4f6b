/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC, CR, LF, tab...), DEL, C1 controls, the
 * line and paragraph separators and the bidirectional controls that reorder text (U+061C, U+200E-200F,
 * U+202A-202E, U+2066-2069).
 */
const controls = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from files and file names as it may be shown on a terminal: each control character becomes a visible
 * escape (`\x1b`, `\n`, `\u202e`), so a name cannot colour the output, move the cursor or forge a line.
 * Every human-readable line the CLI prints goes through this.
 */
export function printable(text: string): string {
    return text.replace(controls, char => named[char] ?? escapeCode(char.charCodeAt(0)));
}

/** Each line of a multi-line text made printable, the line breaks kept. */
export function printableLines(text: string): string {
    return text.split('\n').map(printable).join('\n');
}

function escapeCode(code: number): string {
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
