import { AstUtils, GrammarAST } from 'langium';
import { JourneyMapsGrammar } from '../generated/grammar.js';

/** What one kind of block (or the file itself) can hold, read from the grammar. */
export interface BlockContents {
    /** The grammar rule of the block ('Touchpoint'; 'Document' for the file). */
    readonly rule: string;
    /** The block's kind in the map writer's words: 'journey', 'moment of truth', or 'file' for the top level. */
    readonly kind: string;
    /** The words that start what the block holds, in grammar order: 'channel', 'owner', 'feels', 'touchpoint'... */
    readonly words: readonly string[];
    /** Words whose value may be a list with commas: `personas Sarah, Tom`. */
    readonly lists: ReadonlySet<string>;
    /** Words that may be given again, one value per line: `goal "..."` twice in a persona. */
    readonly repeatable: ReadonlySet<string>;
    /** Words followed by a value (`channel web`), unlike words that are the value themselves (`direct`). */
    readonly valued: ReadonlySet<string>;
    /** Whether the block's lines are not started by keywords (a flow's steps). */
    readonly freeForm: boolean;
}

let contentsByOpener: ReadonlyMap<string, BlockContents> | undefined;

/**
 * The block a word opens (`stage` opens a stage block), and the file's top level under ''. Read from the
 * grammar at the first call, not when the module loads: a command that parses nothing (`journey check --help`)
 * does not pay for it.
 */
export function blockContents(): ReadonlyMap<string, BlockContents> {
    return contentsByOpener ??= readBlockContents();
}

/** The block a `{` after `opener` opens, if `opener` is a word that opens one. */
export function blockOpenedBy(opener: string): BlockContents | undefined {
    return opener === '' ? undefined : blockContents().get(opener);
}

/** What the file itself holds at its top level. */
export function fileContents(): BlockContents {
    return blockContents().get('')!;
}

/** What the block of a grammar rule can hold ('Touchpoint' -> a touchpoint's contents); the parser's rule names may carry a suffix. */
export function blockOfRule(rule: string): BlockContents | undefined {
    return [...blockContents().values()].find(contents => rule.startsWith(contents.rule) && /^\W*$/.test(rule.slice(contents.rule.length)));
}

/**
 * "'colour' is not something a touchpoint can hold; a touchpoint holds 'channel', ... or 'moment'.", or with
 * the word of the block it is closest to, "... Did you mean 'channel'?"
 */
export function cannotHoldMessage(word: string, contents: BlockContents, meant: string | undefined): string {
    const block = article(contents);
    return meant
        ? `'${word}' is not something ${block} can hold. Did you mean '${meant}'?`
        : `'${word}' is not something ${block} can hold; ${block} holds ${listWords(contents.words)}.`;
}

/** "a touchpoint", "an opportunity", "a file" */
export function article(contents: BlockContents): string {
    return /^[aeiou]/.test(contents.kind) ? `an ${contents.kind}` : `a ${contents.kind}`;
}

function readBlockContents(): Map<string, BlockContents> {
    const grammar = JourneyMapsGrammar();
    const result = new Map<string, BlockContents>();
    for (const rule of grammar.rules.filter(GrammarAST.isParserRule)) {
        if (rule.entry) {
            result.set('', contents(rule.name, 'file', rule.definition));
            continue;
        }
        const open = AstUtils.streamAst(rule.definition).find(node => GrammarAST.isKeyword(node) && node.value === '{');
        const group = open?.$container;
        if (!open || !GrammarAST.isGroup(group)) {
            continue;
        }
        const body = group.elements[group.elements.indexOf(open as GrammarAST.Keyword) + 1];
        const opener = firstKeywords(rule.definition)[0];
        if (opener && body) {
            result.set(opener, contents(rule.name, words(rule.name), body));
        }
    }
    return result;
}

function contents(rule: string, kind: string, body: GrammarAST.AbstractElement): BlockContents {
    const element = GrammarAST.isAssignment(body) && GrammarAST.isRuleCall(body.terminal) && GrammarAST.isParserRule(body.terminal.rule.ref)
        && body.terminal.rule.ref.name === 'Element' ? body.terminal.rule.ref.definition : body;
    const alternatives = GrammarAST.isAlternatives(element) ? element.elements : [element];
    const result = { rule, kind, words: [] as string[], lists: new Set<string>(), repeatable: new Set<string>(), valued: new Set<string>(), freeForm: false };
    for (const alternative of alternatives) {
        const starts = firstKeywords(alternative);
        if (starts.length === 0) {
            result.freeForm = true;
        }
        const assignment = AstUtils.streamAst(alternative).find(GrammarAST.isAssignment);
        const isList = AstUtils.streamAst(alternative).some(node => GrammarAST.isKeyword(node) && node.value === ',');
        for (const word of starts) {
            result.words.push(word);
            if (isList) {
                result.lists.add(word);
            }
            if (assignment?.operator === '+=') {
                result.repeatable.add(word);
            }
            if (GrammarAST.isGroup(alternative) && GrammarAST.isKeyword(alternative.elements[0]) && GrammarAST.isAssignment(alternative.elements[1])) {
                result.valued.add(word);
            }
        }
    }
    return result;
}

/** The keywords an element can start with. */
function firstKeywords(element: GrammarAST.AbstractElement | undefined): string[] {
    if (!element) {
        return [];
    }
    if (GrammarAST.isKeyword(element)) {
        return [element.value];
    }
    if (GrammarAST.isGroup(element)) {
        return firstKeywords(element.elements[0]);
    }
    if (GrammarAST.isAlternatives(element)) {
        return element.elements.flatMap(firstKeywords);
    }
    if (GrammarAST.isAssignment(element)) {
        return firstKeywords(element.terminal);
    }
    if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)) {
        return firstKeywords(element.rule.ref.definition);
    }
    return [];
}

/** 'MomentOfTruth' -> 'moment of truth'. */
function words(ruleName: string): string {
    return ruleName.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
}

/** 'channel, owner, does or feels' */
export function listWords(items: readonly string[]): string {
    const quoted = items.map(item => `'${item}'`);
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
