import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';
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
    /** Each terminal's regular expression made to match a beginning of it too (see findLongerAlt), by terminal. */
    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

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

    /**
     * The terminals a keyword may be the beginning of (`tour` of an ID `tours`), as Langium finds them: those whose
     * regular expression, made to match a beginning of its text too, matches a beginning of the keyword. Langium
     * makes that expression again for every keyword and terminal, 700 times at every start; it is made once here.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const partial = this.partialPattern(token);
            return partial !== undefined && (keyword.value.match(partial)?.[0].length ?? 0) > 0;
        });
    }

    private partialPattern(token: TokenType): RegExp | undefined {
        if (!this.partialPatterns.has(token)) {
            const source = (token.PATTERN as { source?: string } | undefined)?.source;
            this.partialPatterns.set(token, source ? RegExpUtils.partialRegExp(`^${source}$`) : undefined);
        }
        return this.partialPatterns.get(token);
    }
}
