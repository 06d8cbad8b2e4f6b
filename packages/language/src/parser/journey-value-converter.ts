import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isUnterminatedString } from './journey-lexer.js';
import { isMultiLineText, multiLineTextValue } from './multi-line-text.js';

/**
 * Converts a text in triple quotes to its lines (see multi-line-text.ts), and a text without its closing quote
 * (already reported by the lexer) as if the quote were there. A text without escapes is the part between its
 * quotes, taken in one piece: Langium's `convertString` adds one character at a time, which leaves a chain of
 * joined strings in memory for every text of 13 characters or more.
 */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name !== 'STRING') {
            return super.runConverter(rule, input, cstNode);
        }
        if (isMultiLineText(input)) {
            return multiLineTextValue(input);
        }
        const text = isUnterminatedString(input) ? input + '"' : input;
        return text.includes('\\') ? ValueConverter.convertString(text) : text.slice(1, -1);
    }
}
