import type { IToken } from 'chevrotain';
import {
    createParser, CstNodeBuilder, LangiumParser, LeafCstNodeImpl,
    type AstNode, type GrammarAST, type LangiumCoreServices, type LeafCstNode, type ParseResult, type ParserOptions
} from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * A leaf of the CST that makes its line-and-column range when first asked, from the token's lines and columns
 * it keeps (not the token: the tokens are garbage once the file is parsed). Langium makes three objects per
 * token for it up front; a check asks for the range of a few leaves only (those with a finding, names), so a
 * large map is parsed with a fraction of the garbage.
 */
class TokenLeafNode extends LeafCstNodeImpl {
    private readonly startLine: number;
    private readonly startColumn: number;
    private readonly endLine: number;
    private readonly endColumn: number;
    private cachedRange: Range | undefined;

    constructor(token: IToken, hidden: boolean) {
        super(token.startOffset, token.image.length, undefined as unknown as Range, token.tokenType, hidden);
        this.startLine = token.startLine!;
        this.startColumn = token.startColumn!;
        this.endLine = token.endLine!;
        this.endColumn = token.endColumn!;
    }

    /** As Langium's `tokenToRange`: chevrotain counts from 1, and its end column is the last character's. */
    override get range(): Range {
        this.cachedRange ??= {
            start: { line: this.startLine - 1, character: this.startColumn - 1 },
            end: { line: this.endLine - 1, character: this.endColumn }
        };
        return this.cachedRange;
    }
}

/**
 * Langium's CST builder with two costs of Langium 4.1 taken out. Before every token the parser asks it to add
 * the hidden tokens (comments) that precede it, and for the first token of each new node it searches the
 * parent's children for that node (`indexOf`) even when there are no comments to add: in a flow of 10,000
 * steps, 50 million comparisons. Adding nothing is skipped here; comments still go through Langium's code.
 * And leaves make their ranges when asked (TokenLeafNode).
 */
class JourneyCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length > 0) {
            super.addHiddenNodes(tokens);
        }
    }

    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNode {
        const current = this.current;
        const leaf = new TokenLeafNode(token, !feature);
        leaf.grammarSource = feature;
        leaf.root = current.root;
        current.content.push(leaf);
        return leaf;
    }
}

/**
 * Langium's parser, which lets go of the file's tokens once it is parsed: Langium's hands them to chevrotain,
 * which holds them until the next file is parsed (about 1.2 million tokens for a map of 50,000 touchpoints).
 */
class JourneyParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        const result = super.parse<T>(input, options);
        this.wrapper.input = [];
        return result;
    }
}

/** The journey parser (JourneyParser), building its CST with JourneyCstNodeBuilder. */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new JourneyParser(services), services.parser.Lexer.definition);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new JourneyCstNodeBuilder();
    parser.finalize();
    return parser;
}
