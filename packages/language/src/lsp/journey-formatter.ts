import { AbstractFormatter, Formatting, type FormattingAction, type FormattingActionOptions, type FormattingContext } from 'langium/lsp';
import { CstUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import { isDocument, isExperiment, isFlowStep } from '../generated/ast.js';
import { ownParts } from '../model/cst-queries.js';
import { isMultiLineText, isUnclosedMultiLineText, multiLineTextLines, tripleQuote } from '../parser/multi-line-text.js';

const attached = Formatting.noSpace({ priority: 1 });

/** On its own line where the writer put it there (indented by block depth), else one space away. */
const lineOrSpace = Formatting.fit(Formatting.indent(), Formatting.oneSpace());

/**
 * Normalises layout without imposing one: every block's content is indented by its depth, tokens on one
 * line are one space apart, and whatever the writer put on its own line stays there, so compact one-line
 * blocks (`touchpoint T { channel web }`) and one-property-per-line blocks are both kept. Blank lines
 * are kept (at most one in a row); comments stay where they are, re-indented with their line. A text in triple
 * quotes that spans lines gets its lines one level deeper than the line it opens on and its closing """ on a line
 * of its own at that line's indentation; its value stays the same (see multi-line-text.ts).
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

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, options, range);
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return edits;
        }
        const text = document.textDocument.getText();
        const unit = options.insertSpaces ? ' '.repeat(options.tabSize) : '\t';
        const texts = CstUtils.streamCst(root).filter(node => isLeafCstNode(node) && node.tokenType.name === 'STRING' && isMultiLineText(node.text)
            && /[\r\n]/.test(node.text) && !isUnclosedMultiLineText(node.text) && (!range || CstUtils.inRange(node.range, range)));
        const reindented = texts.map(node => {
            const indent = newIndentation(text, node.offset, edits, document);
            const eol = node.text.includes('\r\n') ? '\r\n' : '\n';
            const lines = multiLineTextLines(node.text).map(line => line === '' ? '' : `${indent}${unit}${line}`);
            return { range: node.range, newText: [tripleQuote, ...lines, `${indent}${tripleQuote}`].join(eol) };
        }).filter(edit => edit.newText !== document.textDocument.getText(edit.range)).toArray();
        return [...edits, ...reindented];
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

/** The indentation the line holding `offset` has once `edits` are applied. */
function newIndentation(text: string, offset: number, edits: readonly TextEdit[], document: LangiumDocument): string {
    const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
    const indentation = /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
    const first = document.textDocument.positionAt(lineStart + indentation.length);
    const moved = edits.find(edit => edit.range.end.line === first.line && edit.range.end.character === first.character && /[\r\n]/.test(edit.newText));
    return moved ? moved.newText.slice(Math.max(moved.newText.lastIndexOf('\n'), moved.newText.lastIndexOf('\r')) + 1) : indentation;
}
