import type { CustomPatternMatcherFunc } from 'chevrotain';
import { tripleQuote } from './multi-line-text.js';

/**
 * Matches a quoted text (the STRING terminal of journey.langium) with plain loops. The
 * regular expression backtracks one step per character, so a text of about 4 MB overflowed the regular-expression
 * stack and took the whole check (or the language server) down; these loops read texts of any length.
 * Same result as the expression: a text in triple quotes runs to the first """ (with any quotes right after it),
 * or to the end of the file without one; another text runs to its closing quote on its line; a text without
 * one runs up to (not including) a line break, a '{' or '}' (so a title missing its quote keeps its block), or a
 * backslash that escapes nothing on its line.
 */
export const matchText: CustomPatternMatcherFunc = (text, offset) => {
    if (text.charCodeAt(offset) !== quote) {
        return null;
    }
    if (text.startsWith(tripleQuote, offset)) {
        const close = text.indexOf(tripleQuote, offset + tripleQuote.length);
        let end = close < 0 ? text.length : close + tripleQuote.length;
        while (close >= 0 && text.charCodeAt(end) === quote) {
            end++;
        }
        return [text.substring(offset, end)] as unknown as RegExpExecArray;
    }
    const closed = scan(text, offset + 1, false);
    const end = text.charCodeAt(closed) === quote ? closed + 1 : scan(text, offset + 1, true);
    return [text.substring(offset, end)] as unknown as RegExpExecArray;
};

/** Where the text's characters (escapes included) stop: at a quote, a line break, a lone backslash, or, when `braces`, a brace. */
function scan(text: string, start: number, braces: boolean): number {
    let end = start;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === quote || code === lineFeed || code === carriageReturn || (braces && (code === openBrace || code === closeBrace))) {
            return end;
        }
        if (code === backslash) {
            if (end + 1 >= text.length || isLineTerminator(text.charCodeAt(end + 1))) {
                return end;
            }
            end += 2;
            continue;
        }
        end++;
    }
    return end;
}

const quote = 0x22;
const backslash = 0x5c;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const openBrace = 0x7b;
const closeBrace = 0x7d;

/** What `.` in a regular expression does not match. */
function isLineTerminator(code: number): boolean {
    return code === lineFeed || code === carriageReturn || code === 0x2028 || code === 0x2029;
}
