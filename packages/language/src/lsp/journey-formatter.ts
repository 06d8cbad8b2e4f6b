import { AbstractFormatter, Formatting, type FormattingAction, type FormattingActionOptions, type FormattingContext } from 'langium/lsp';
import type { AstNode, CstNode } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { isDocument, isExperiment, isFlowStep } from '../generated/ast.js';
import { ownParts } from '../model/cst-queries.js';

const attached = Formatting.noSpace({ priority: 1 });

/** On its own line where the writer put it there (indented by block depth), else one space away. */
const lineOrSpace = Formatting.fit(Formatting.indent(), Formatting.oneSpace());

/**
 * Normalises layout without imposing one: every block's content is indented by its depth, tokens on one
 * line are one space apart, and whatever the writer put on its own line stays there, so compact one-line
 * blocks (`touchpoint T { channel web }`) and one-property-per-line blocks are both kept. Blank lines
 * are kept (at most one in a row); comments stay where they are, re-indented with their line.
 */
export class JourneyFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isDocument(node)) {
            if (node.elements.length > 0) {
                formatter.nodes(...node.elements.slice(1)).prepend(Formatting.newLine());
                formatter.node(node.elements[0]).prepend(Formatting.noSpace());
            }
            return;
        }
        const children = ownParts(node, true);
        const open = children.findIndex(child => !child.hidden && child.text === '{');
        const close = children.findLastIndex(child => !child.hidden && child.text === '}');
        // Outside braces (a declaration's head, a flow step, an emotion): one line, one space between tokens.
        formatter.cst(children.filter((child, i) => i > 0 && !child.hidden && (open < 0 || i <= open || i >= close))).prepend(Formatting.oneSpace());
        if (open >= 0 && close > open) {
            formatter.cst(children.slice(open + 1, close)).prepend(lineOrSpace);
            formatter.cst([children[close]]).prepend(Formatting.fit(Formatting.newLine(), Formatting.oneSpace()));
        }
        // `70%`, `-15%` and `A, B` keep their punctuation attached, wherever they stand.
        if (isFlowStep(node) || isExperiment(node)) {
            formatter.keywords('%').prepend(attached);
        }
        formatter.keyword(',').prepend(attached);
    }

    /** Keeps a blank line where the writer left one (at most one in a row) wherever a line break is due. */
    protected override createLineTextEdit(range: Range, lines: number, context: FormattingContext, options: FormattingActionOptions): TextEdit {
        const existing = range.end.line - range.start.line;
        return super.createLineTextEdit(range, Math.min(Math.max(lines, existing), lines + 1), context, options);
    }

    /**
     * A comment on a line of its own takes the indentation of the line that follows it. Langium would pick
     * the same-line choice of a `fit` for it (and put it at column 0), so only the line choices are offered.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const lineMoves = formatting?.moves.filter(move => move.lines !== undefined) ?? [];
        const lineFormatting = formatting && lineMoves.length > 0 ? { ...formatting, moves: lineMoves } : formatting;
        return super.createHiddenTextEdits(previous, hidden, lineFormatting, context);
    }
}
