import type { IToken } from 'chevrotain';
import type { LexerResult } from 'langium';
import { isMultiLineText, isUnclosedMultiLineText, tripleQuote } from './multi-line-text.js';
import type { SlipError } from './slip-repair.js';

/**
 * A text in triple quotes without its closing """ runs to the end of the file, or to the opening """ of the next
 * such text, after which every """ pairs wrongly. So when the file's last text in triple quotes is unclosed, the
 * first one whose lines run into a line indented no deeper than the line it opened on (the next property, a
 * '}'), other than a line starting with """, is taken as the one missing its """: it ends after its last line
 * before that one, is reported once with the fix, and the rest of the file is lexed again (and repaired the
 * same way, up to `maxRepairs` texts, so a hostile file stays linear).
 */
export function closeUnclosedText(result: LexerResult, text: string, lex: (rest: string) => LexerResult, repairs = maxRepairs): void {
    const texts = result.tokens.filter(token => token.tokenType.name === 'STRING' && isMultiLineText(token.image));
    const last = texts[texts.length - 1];
    if (!last || !isUnclosedMultiLineText(last.image)) {
        return;
    }
    for (const token of repairs > 0 ? texts : []) {
        const cut = overrun(text, token);
        if (cut !== undefined) {
            endTextAt(result, text, token, cut, lex, repairs - 1);
            return;
        }
    }
    // The text runs to the end of the file, as it does here: only reported.
    result.errors.push(unclosedError(text, last, text.length));
}

const maxRepairs = 20;

/** Ends the text `token` before the line starting at `cut` and lexes the file again from there. */
function endTextAt(result: LexerResult, text: string, token: IToken, cut: number, lex: (rest: string) => LexerResult, repairs: number): void {
    let end = cut;
    while (end > token.startOffset + tripleQuote.length && /\s/.test(text.charAt(end - 1))) {
        end--;
    }
    const image = text.slice(token.startOffset, end);
    const endLine = token.startLine! + lineBreaks(image);
    const ended: IToken = { ...token, image, endOffset: end - 1, endLine, endColumn: end - lineStartOf(text, end - 1) };
    const cutLine = token.startLine! + lineBreaks(text.slice(token.startOffset, cut));
    const rest = lex(text.slice(cut));
    closeUnclosedText(rest, text.slice(cut), lex, repairs);
    const shift = <T extends { startOffset: number; endOffset?: number; startLine?: number; endLine?: number }>(moved: T): T =>
        ({ ...moved, startOffset: moved.startOffset + cut, endOffset: moved.endOffset! + cut, startLine: moved.startLine! + cutLine - 1, endLine: moved.endLine! + cutLine - 1 });
    const before = (offset: number) => offset < token.startOffset;
    result.tokens = [...result.tokens.filter(other => before(other.startOffset)), ended, ...rest.tokens.map(shift)];
    result.hidden = [...result.hidden.filter(other => before(other.startOffset)), ...rest.hidden.map(shift)];
    result.errors = [
        ...result.errors.filter(error => before(error.offset)),
        unclosedError(text, ended, end),
        ...rest.errors.map(error => ({ ...error, offset: error.offset + cut, line: error.line === undefined ? undefined : error.line + cutLine - 1 }))
    ];
}

/** The finding: at the opening """, with the closing """ to add after the text's last line as its fix. */
function unclosedError(text: string, token: IToken, end: number): SlipError {
    const lastLine = token.startLine! + lineBreaks(text.slice(token.startOffset, end));
    return {
        offset: token.startOffset,
        line: token.startLine,
        column: token.startColumn,
        length: tripleQuote.length,
        message: `This text has no closing ${tripleQuote}: it is read up to line ${lastLine}; put ${tripleQuote} on a line of its own after its last line.`,
        fix: { title: `Close the text with ${tripleQuote} after line ${lastLine}`, offset: end, length: 0, newText: `\n${indentationAt(text, token.startOffset)}${tripleQuote}` }
    };
}

/**
 * The start of the first line inside the text that is not blank, does not start with """, and is indented no
 * deeper than the line the text opened on or starts with '}'; undefined when there is none.
 */
function overrun(text: string, token: IToken): number | undefined {
    const indent = indentationAt(text, token.startOffset).length;
    const end = token.endOffset! + 1;
    let lineStart = nextLineStart(text, token.startOffset, end);
    while (lineStart < end) {
        let first = lineStart;
        while (first < end && (text.charAt(first) === ' ' || text.charAt(first) === '\t')) {
            first++;
        }
        const blank = first >= end || text.charAt(first) === '\n' || text.charAt(first) === '\r';
        if (!blank && (first - lineStart <= indent || text.charAt(first) === '}') && !text.startsWith(tripleQuote, first)) {
            return lineStart;
        }
        lineStart = nextLineStart(text, first, end);
    }
    return undefined;
}

/** The offset after the next line break at or after `from` (or `end`). */
function nextLineStart(text: string, from: number, end: number): number {
    for (let i = from; i < end; i++) {
        const char = text.charAt(i);
        if (char === '\n') {
            return i + 1;
        }
        if (char === '\r') {
            return text.charAt(i + 1) === '\n' ? i + 2 : i + 1;
        }
    }
    return end;
}

function lineStartOf(text: string, offset: number): number {
    return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** The spaces and tabs that start the line holding `offset`. */
function indentationAt(text: string, offset: number): string {
    const start = lineStartOf(text, offset);
    return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

function lineBreaks(text: string): number {
    return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
