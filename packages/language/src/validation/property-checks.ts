import { GrammarAST, type AstNode, type CstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import { ownParts } from '../model/cst-queries.js';
import { typeWord } from '../text/type-words.js';
import { acceptIssue } from './accept-issue.js';

/**
 * Properties that take one value, per kind of block. Keywords in one group are alternatives of the same
 * property (a touchpoint is either `direct` or `indirect`).
 */
const singleValued: Record<string, readonly (readonly string[])[]> = {
    Persona: [['description'], ['quote']],
    Segment: [['description']],
    Team: [['description']],
    Journey: [['kind'], ['goal'], ['scope'], ['owner'], ['reviewed'], ['evidence'], ['scale']],
    Stage: [['goal']],
    Touchpoint: [['channel'], ['owner'], ['direct', 'indirect'], ['frontstage', 'backstage']],
    MomentOfTruth: [['goal'], ['risk'], ['improvement']],
    Metric: [['unit'], ['baseline'], ['current'], ['target'], ['projected'], ['better'], ['source'], ['measured']],
    Pain: [['severity']],
    Opportunity: [['impact'], ['effort'], ['owner'], ['due'], ['status'], ['description']],
    Experiment: [['for'], ['kind'], ['hypothesis'], ['metric'], ['expect'], ['observed'], ['status'], ['result']]
};

/** For each kind of block: keyword -> the group of alternatives it belongs to. */
const groupOfKeyword = new Map(Object.entries(singleValued).map(([type, groups]) =>
    [type, new Map(groups.flatMap(group => group.map(keyword => [keyword, group] as const)))]));

/** A property given twice is almost always a mistake: only the last value would count. */
export function propertyChecks(): ValidationChecks<JourneyAstType> {
    /** `parts`: the node's own parts (`ownParts` walks the node's text, so a check that needs them too passes them). */
    const checkKeywords = (node: AstNode & { name?: string }, accept: ValidationAcceptor, parts: readonly CstNode[]) => {
        const groups = groupOfKeyword.get(node.$type);
        if (!groups) {
            return;
        }
        const seen = new Set<readonly string[]>();
        for (const keyword of ownKeywords(node, parts)) {
            const group = groups.get(keyword.text);
            if (!group) {
                continue;
            }
            if (seen.has(group)) {
                const owner = node.name ? `${typeWord(node.$type)} '${node.name}'` : `this ${blockWord(node.$type)}`;
                acceptIssue(accept, 'duplicate-property',
                    `'${keyword.text}' is given more than once for ${owner}; only one ${group.join(' or ')} is allowed.`,
                    { node, range: keyword.range });
            }
            seen.add(group);
        }
    };
    const checkBlock = (node: AstNode & { name?: string }, accept: ValidationAcceptor) => checkKeywords(node, accept, ownParts(node));
    return {
        Persona: checkBlock,
        Segment: checkBlock,
        Team: checkBlock,
        Journey: checkBlock,
        Stage: checkBlock,
        Touchpoint: (touchpoint, accept) => {
            const parts = ownParts(touchpoint);
            checkKeywords(touchpoint, accept, parts);
            // A second moment of truth replaces the first in the syntax tree, so count them in the text.
            const moments = childNodesOfType(touchpoint, parts, 'MomentOfTruth');
            for (const repeated of moments.slice(1)) {
                acceptIssue(accept, 'duplicate-property',
                    `Touchpoint '${touchpoint.name}' has more than one moment of truth; merge them into one.`, { node: touchpoint, range: repeated.range });
            }
            const seen = new Set<string>();
            for (const emotion of touchpoint.emotions) {
                const persona = emotion.who?.$refText;
                if (!persona) {
                    continue;
                }
                if (seen.has(persona)) {
                    acceptIssue(accept, 'duplicate-property',
                        `How ${persona} feels at touchpoint '${touchpoint.name}' is given more than once.`, { node: emotion });
                }
                seen.add(persona);
            }
        },
        MomentOfTruth: (moment, accept) => {
            checkBlock(moment, accept);
            const seen = new Set<string>();
            for (const score of moment.scores) {
                if (seen.has(score.criterion)) {
                    acceptIssue(accept, 'duplicate-property', `The score for '${score.criterion}' is given more than once.`, { node: score });
                }
                seen.add(score.criterion);
            }
        },
        Metric: checkBlock,
        Pain: checkBlock,
        Opportunity: checkBlock,
        Experiment: checkBlock
    };
}

/** The text of the nodes of a type written directly inside `node`, including any that a later one replaced. */
function childNodesOfType(node: AstNode, parts: readonly CstNode[], type: string): CstNode[] {
    return parts.filter(part => part.astNode !== node && part.astNode.$type === type);
}

/** The keywords written for this node itself (not for the nodes inside it), in text order; `parts` are its own parts. */
function ownKeywords(node: AstNode, parts: readonly CstNode[]): CstNode[] {
    return parts.filter(part => part.astNode === node && GrammarAST.isKeyword(part.grammarSource));
}

function blockWord(type: string): string {
    return type === 'MomentOfTruth' ? 'moment of truth' : typeWord(type);
}
