import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';

/** The token type for each kind of named thing, used for its declaration and every reference to it. */
const tokenTypes: Record<string, string> = {
    Journey: SemanticTokenTypes.namespace,
    Stage: SemanticTokenTypes.namespace,
    Touchpoint: SemanticTokenTypes.function,
    Persona: SemanticTokenTypes.class,
    Segment: SemanticTokenTypes.interface,
    Team: SemanticTokenTypes.type,
    Channel: SemanticTokenTypes.enumMember,
    Metric: SemanticTokenTypes.variable,
    Pain: SemanticTokenTypes.event,
    Opportunity: SemanticTokenTypes.method,
    Experiment: SemanticTokenTypes.method
};

/** Where each kind of reference points: property name per node type. */
const references: Record<string, Record<string, string>> = {
    Persona: { segments: 'Segment' },
    Journey: { owner: 'Team', personas: 'Persona' },
    Touchpoint: { channels: 'Channel', owner: 'Team' },
    Emotion: { who: 'Persona' },
    Flow: { who: 'Persona' },
    FlowStep: { from: 'Touchpoint', to: 'Touchpoint' },
    Metric: { location: 'Touchpoint' },
    Pain: { location: 'Touchpoint', affects: 'Persona' },
    Opportunity: { solves: 'Pain', owner: 'Team' },
    Experiment: { opportunity: 'Opportunity', metric: 'Metric' }
};

/**
 * Colours names by what they stand for (personas, teams, channels, touchpoints...), the same at the
 * declaration and at every use, and scores, shares and values as numbers.
 */
export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = tokenTypes[node.$type];
        if (declared && (node as { name?: string }).name) {
            acceptor({ node, property: 'name' as never, type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        for (const [property, target] of Object.entries(references[node.$type] ?? {})) {
            const value = (node as unknown as Record<string, unknown>)[property];
            const count = Array.isArray(value) ? value.length : value ? 1 : 0;
            for (let index = 0; index < count; index++) {
                const resolved = Array.isArray(value) ? value[index]?.ref : (value as { ref?: AstNode }).ref;
                const type = tokenTypes[resolved?.$type ?? target];
                acceptor({ node, property: property as never, index: Array.isArray(value) ? index : undefined, type });
            }
        }
    }
}
