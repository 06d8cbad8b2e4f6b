import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isUnterminatedString } from './journey-lexer.js';
import { isMultiLineText, multiLineTextValue } from './multi-line-text.js';

/**
 * Converts a text in triple quotes to its lines (see multi-line-text.ts), and a text without its closing quote
 * (already reported by the lexer) as if the quote were there.
 */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING' && isMultiLineText(input)) {
            return multiLineTextValue(input);
        }
        if (rule.name === 'STRING' && isUnterminatedString(input)) {
            return ValueConverter.convertString(input + '"');
        }
        return super.runConverter(rule, input, cstNode);
    }
}
