import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';

interface HiddenNodeBuilder {
    addHiddenNodes(tokens: unknown[]): void;
}

/**
 * Langium's parser, without a quadratic cost Langium 4.1 has: before every token it asks its CST builder to
 * add the hidden tokens (comments) that precede it, and for the first token of each new node the builder
 * searches the parent's children for that node (`indexOf`) even when there are no comments to add. In a flow
 * of 10,000 steps that is 50 million comparisons. Adding nothing is skipped here; comments still go through
 * Langium's own code.
 */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder: HiddenNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder.addHiddenNodes.bind(builder);
    builder.addHiddenNodes = tokens => {
        if (tokens.length > 0) {
            addHiddenNodes(tokens);
        }
    };
    return parser;
}
