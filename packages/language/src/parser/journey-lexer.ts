import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { createJourneyToken } from './journey-token.js';
import { isMultiLineText } from './multi-line-text.js';
import { repairSlips } from './slip-repair.js';
import { closeUnclosedText } from './unclosed-text.js';

/**
 * Whether a one-line STRING token's text lacks its closing quote (it then runs to the end of its line). A text in
 * triple quotes has its own rule (see unclosed-text.ts).
 */
export function isUnterminatedString(image: string): boolean {
    if (isMultiLineText(image)) {
        return false;
    }
    if (image.length < 2 || !image.endsWith('"')) {
        return true;
    }
    // The final quote is escaped when an odd number of backslashes precede it.
    let backslashes = 0;
    for (let i = image.length - 2; i > 0 && image[i] === '\\'; i--) {
        backslashes++;
    }
    return backslashes % 2 === 1;
}

/** Blocks nest at most this deep; real maps use three or four levels, and deeper input would exhaust the parser's stack. */
export const maxNesting = 50;

/**
 * Reports texts without a closing quote. The STRING terminal accepts them up to the end of the line, so the
 * parser sees a text and the lines after it are checked as usual instead of drowning in follow-up errors; a text
 * in triple quotes without its closing """ ends where the indentation says (see unclosed-text.ts).
 * Then repairs the common single slips (see slip-repair.ts), each reported once.
 * Its tokens are instances of a class (see journey-token.ts).
 */
export class JourneyLexer extends DefaultLexer {
    constructor(services: LangiumCoreServices) {
        super(services);
        // Chevrotain picks how it makes tokens when it is constructed and has no option for their class.
        (this.chevrotainLexer as unknown as { createTokenInstance: typeof createJourneyToken }).createTokenInstance = createJourneyToken;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        closeUnclosedText(result, text, rest => super.tokenize(rest, options));
        limitNesting(result);
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && isUnterminatedString(token.image)) {
                result.errors.push({
                    offset: token.startOffset,
                    line: token.startLine,
                    column: token.startColumn,
                    length: token.image.length,
                    message: 'This text has no closing quote (") on its line.'
                });
            }
        }
        if (options?.mode !== 'partial') {
            // Completion reads the text up to the cursor as it is; checks read it with the common slips repaired.
            const repaired = repairSlips(result.tokens, text, word => this.tokenTypes[word]);
            result.tokens = repaired.tokens;
            result.errors = [...result.errors.filter(error => !repaired.replaced.has(error.offset)), ...repaired.errors];
        }
        return result;
    }
}

/**
 * Cuts the token stream where blocks open more than `maxNesting` deep, with an error there: the parser then
 * sees a shorter file instead of running out of stack, and everything before the cut is checked as usual.
 */
function limitNesting(result: LexerResult): void {
    let depth = 0;
    for (let i = 0; i < result.tokens.length; i++) {
        const token = result.tokens[i];
        depth += token.image === '{' ? 1 : token.image === '}' ? -1 : 0;
        if (depth > maxNesting) {
            result.errors.push({
                offset: token.startOffset,
                line: token.startLine,
                column: token.startColumn,
                length: token.image.length,
                message: `Blocks are nested more than ${maxNesting} deep here; the rest of the file is not read.`
            });
            result.tokens.length = i;
            return;
        }
    }
}
