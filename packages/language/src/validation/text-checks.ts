import { GrammarAST, isCompositeCstNode, type CstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import { isUnterminatedString } from '../parser/journey-lexer.js';
import { acceptIssue } from './accept-issue.js';

/**
 * The longest quoted text a map should hold, in characters: far more than any title, goal or quote needs.
 * Longer texts still read (the lexer has no limit) but are reported, as they are usually pasted by mistake;
 * diagrams show only the start of long texts.
 */
export const maxTextLength = 10_000;

/** Quoted texts stay within `maxTextLength`. */
export function textChecks(): ValidationChecks<JourneyAstType> {
    return {
        Document: (document, accept) => {
            if (document.$cstNode) {
                checkTexts(document.$cstNode, accept);
            }
        }
    };
}

/**
 * Reports the texts over the limit among the leaves of `node`, in text order. A leaf holds a text over the
 * limit only if it is longer than the limit and a quote, so only those are read: a large map is checked
 * without copying out every text.
 */
function checkTexts(node: CstNode, accept: ValidationAcceptor): void {
    if (isCompositeCstNode(node)) {
        for (const child of node.content) {
            checkTexts(child, accept);
        }
        return;
    }
    const length = node.length > maxTextLength + 1 && isText(node.grammarSource) ? textLength(node.text) : 0;
    if (length > maxTextLength) {
        acceptIssue(accept, 'text-too-long',
            `A text of ${length.toLocaleString('en-US')} characters: texts in a map are at most ${maxTextLength.toLocaleString('en-US')} characters long; shorten it or keep the long version elsewhere and link to it.`,
            { node: node.astNode, range: node.range });
    }
}

/** The characters between the quotes (a text without its closing quote runs to the end of its line). */
function textLength(image: string): number {
    return image.length - (isUnterminatedString(image) ? 1 : 2);
}

function isText(source: GrammarAST.AbstractElement | undefined): boolean {
    const rule = GrammarAST.isRuleCall(source) ? source.rule.ref : undefined;
    return rule?.name === 'STRING';
}
