import type { IToken } from 'chevrotain';
import { createLangiumParser, CstNodeBuilder, CstUtils, LeafCstNodeImpl, type GrammarAST, type LangiumCoreServices, type LangiumParser, type LeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * A leaf of the CST that makes its line-and-column range from its token when first asked. Langium makes
 * three objects per token for it up front; a check asks for the range of a few leaves only (those with a
 * finding, names), so a large map is parsed with a fraction of the garbage.
 */
class TokenLeafNode extends LeafCstNodeImpl {
    private cachedRange: Range | undefined;

    constructor(private readonly token: IToken, hidden: boolean) {
        super(token.startOffset, token.image.length, undefined as unknown as Range, token.tokenType, hidden);
    }

    override get range(): Range {
        this.cachedRange ??= CstUtils.tokenToRange(this.token);
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

/** Langium's parser, building its CST with JourneyCstNodeBuilder. */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new JourneyCstNodeBuilder();
    return parser;
}
