import type { CustomPatternMatcherFunc } from 'chevrotain';

/**
 * Matches a quoted text (the STRING terminal, `/"(\\.|[^"\\\r\n])*"?/`) with a plain loop. The regular
 * expression backtracks one step per character, so a text of about 4 MB overflowed the regular-expression
 * stack and took the whole check (or the language server) down; this loop reads texts of any length.
 * Same result as the expression: the text runs to its closing quote, or up to (not including) a line
 * break, or to a backslash that escapes nothing on its line.
 */
export const matchText: CustomPatternMatcherFunc = (text, offset) => {
    if (text.charCodeAt(offset) !== quote) {
        return null;
    }
    let end = offset + 1;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === quote) {
            end++;
            break;
        }
        if (code === lineFeed || code === carriageReturn) {
            break;
        }
        if (code === backslash) {
            if (end + 1 >= text.length || isLineTerminator(text.charCodeAt(end + 1))) {
                break;
            }
            end += 2;
            continue;
        }
        end++;
    }
    return [text.substring(offset, end)] as unknown as RegExpExecArray;
};

const quote = 0x22;
const backslash = 0x5c;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/** What `.` in a regular expression does not match. */
function isLineTerminator(code: number): boolean {
    return code === lineFeed || code === carriageReturn || code === 0x2028 || code === 0x2029;
}
