import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { matchText } from './text-token-pattern.js';

/** The one keyword that cannot be a name: in a flow step, `A -> drop` must mean the drop-off. */
export const reservedWords: ReadonlySet<string> = new Set(['drop']);

/**
 * Makes every word keyword also count as a name (chevrotain token categories), so that no English word is
 * reserved by accident: a channel may be called `direct`, a stage `search`, a touchpoint `target`.
 * This costs nothing at parse time, unlike a grammar rule listing the keywords as alternatives.
 * Quoted texts are matched by a loop instead of the terminal's regular expression (see text-token-pattern.ts).
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'STRING') {
            token.PATTERN = matchText;
            token.START_CHARS_HINT = ['"'];
            // A text in triple quotes spans lines: the lexer counts the lines inside it.
            token.LINE_BREAKS = true;
        }
        return token;
    }

    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        const id = terminalTokens.find(terminal => terminal.name === 'ID');
        if (id && /^[a-z]/.test(keyword.value) && !reservedWords.has(keyword.value)) {
            token.CATEGORIES = [id];
        }
        return token;
    }
}
