import type { IToken, TokenType } from 'chevrotain';

/**
 * A token as chevrotain's lexer makes it with full position tracking (`createFullToken`: the same fields, in
 * the same order, the same values), but as an instance of a class. Chevrotain's tokens are object literals
 * whose shape its end-of-file token also has, with NaN for every position: V8 then stores every position
 * of every token as a separate boxed number, about 200 bytes a token instead of about 50 (a map of 50,000
 * touchpoints has about 1.2 million tokens, all alive while it is parsed). Chevrotain still sets the end
 * line and column of tokens that span lines, and a payload if a pattern gives one.
 */
export class JourneyToken implements IToken {
    readonly endOffset: number;
    endLine: number;
    endColumn: number;

    constructor(
        readonly image: string,
        readonly startOffset: number,
        readonly tokenTypeIdx: number,
        readonly tokenType: TokenType,
        readonly startLine: number,
        readonly startColumn: number,
        imageLength: number
    ) {
        this.endOffset = startOffset + imageLength - 1;
        this.endLine = startLine;
        this.endColumn = startColumn + imageLength - 1;
    }
}

/** Chevrotain's lexer's `createTokenInstance` with full position tracking. */
export function createJourneyToken(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType,
    startLine: number, startColumn: number, imageLength: number): IToken {
    return new JourneyToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength);
}
