import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

/** Whether a STRING token's text lacks its closing quote (it then runs to the end of its line). */
export function isUnterminatedString(image: string): boolean {
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

/**
 * Reports texts without a closing quote. The STRING terminal accepts them up to the end of the line, so the
 * parser sees a text and the lines after it are checked as usual instead of drowning in follow-up errors.
 */
export class JourneyLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
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
        return result;
    }
}
