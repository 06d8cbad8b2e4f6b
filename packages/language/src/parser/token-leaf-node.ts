import type { IToken, TokenType } from 'chevrotain';
import type { AstNode, CompositeCstNode, GrammarAST, LeafCstNode, RootCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * A leaf of the CST, built from one token, with as few fields as a leaf needs: a map of 50,000 touchpoints
 * has about 1.2 million. Langium's `LeafCstNodeImpl` holds thirteen (its range made up front, and with it
 * three objects per token) where this holds seven: the range is made when asked, from the token's line and
 * column that the leaf keeps; the end is worked out from the length for a token on one line (a token that
 * spans lines is a `SpanningTokenLeafNode`); the root is its container's; and a leaf is hidden (a comment)
 * when no grammar element matched it. `astNode` and `text` are those of Langium's `AbstractCstNode`.
 */
export class TokenLeafNode implements LeafCstNode {
    /** Set by Langium's CST container when the leaf is added to it. */
    container: CompositeCstNode | undefined = undefined;
    readonly offset: number;
    readonly length: number;
    readonly tokenType: TokenType;
    protected readonly startLine: number;
    protected readonly startColumn: number;

    constructor(token: IToken, readonly grammarSource: GrammarAST.AbstractElement | undefined) {
        this.offset = token.startOffset;
        this.length = token.image.length;
        this.tokenType = token.tokenType;
        this.startLine = token.startLine!;
        this.startColumn = token.startColumn!;
    }

    get end(): number {
        return this.offset + this.length;
    }

    get hidden(): boolean {
        return this.grammarSource === undefined;
    }

    get root(): RootCstNode {
        return this.container!.root;
    }

    get astNode(): AstNode {
        const node = this.container?.astNode;
        if (!node) {
            throw new Error('This node has no associated AST element');
        }
        return node;
    }

    get text(): string {
        return this.root.fullText.substring(this.offset, this.end);
    }

    /** As Langium's `tokenToRange`: chevrotain counts from 1, and its end column is the last character's. */
    get range(): Range {
        return {
            start: { line: this.startLine - 1, character: this.startColumn - 1 },
            end: { line: this.startLine - 1, character: this.startColumn - 1 + this.length }
        };
    }
}

/** A leaf whose token spans lines (a text in triple quotes), or whose end the lexer's repairs placed elsewhere. */
class SpanningTokenLeafNode extends TokenLeafNode {
    private readonly endLine: number;
    private readonly endColumn: number;

    constructor(token: IToken, grammarSource: GrammarAST.AbstractElement | undefined) {
        super(token, grammarSource);
        this.endLine = token.endLine!;
        this.endColumn = token.endColumn!;
    }

    override get range(): Range {
        return {
            start: { line: this.startLine - 1, character: this.startColumn - 1 },
            end: { line: this.endLine - 1, character: this.endColumn }
        };
    }
}

/** The leaf of `token`, matched by `grammarSource` (none for a comment). */
export function tokenLeafNode(token: IToken, grammarSource: GrammarAST.AbstractElement | undefined): TokenLeafNode {
    const onOneLine = token.endLine === token.startLine && token.endColumn === token.startColumn! + token.image.length - 1;
    return onOneLine ? new TokenLeafNode(token, grammarSource) : new SpanningTokenLeafNode(token, grammarSource);
}
