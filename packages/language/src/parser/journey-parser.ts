import type { IToken } from 'chevrotain';
import {
    createParser, CstNodeBuilder, LangiumParser,
    type AstNode, type GrammarAST, type LangiumCoreServices, type LeafCstNode, type ParseResult, type ParserOptions
} from 'langium';
import { tokenLeafNode } from './token-leaf-node.js';

/**
 * Langium's CST builder with two costs of Langium 4.1 taken out. Before every token the parser asks it to add
 * the hidden tokens (comments) that precede it, and for the first token of each new node it searches the
 * parent's children for that node (`indexOf`) even when there are no comments to add: in a flow of 10,000
 * steps, 50 million comparisons. Adding nothing is skipped here; comments still go through Langium's code.
 * And its leaves are lean (see token-leaf-node.ts).
 */
class JourneyCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length > 0) {
            super.addHiddenNodes(tokens);
        }
    }

    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNode {
        const current = this.current;
        const leaf = tokenLeafNode(token, feature);
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
