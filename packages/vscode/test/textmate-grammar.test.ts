// The TextMate grammar (syntaxes/journey.tmLanguage.json, written by hand) against the parser: every example
// map and a sample of tricky cases are tokenised with vscode-textmate, as VS Code does, and each token the
// Langium parser reads (keyword, name, reference, text, number, date, comment) must get the matching scope,
// whole: no keyword coloured inside a text or a name, one token for current-state, a name after its keyword.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, CstUtils, EmptyFileSystem, GrammarAST, isLeafCstNode, type LeafCstNode } from 'langium';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createJourneyServices, type Document } from '@journey-maps/language';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const grammarPath = join(root, 'syntaxes/journey.tmLanguage.json');
const examplesDir = join(root, 'examples');
const sample = { name: 'highlighting-sample.journey', text: readFileSync(new URL('./highlighting-sample.journey', import.meta.url), 'utf8') };
const examples = readdirSync(examplesDir)
    .filter(file => file.endsWith('.journey'))
    .sort()
    .map(file => ({ name: file, text: readFileSync(join(examplesDir, file), 'utf8') }));

const services = createJourneyServices(EmptyFileSystem).Journey;

interface Token {
    start: number;
    end: number;
    text: string;
    scopes: string[];
}

let grammar: textmate.IGrammar;

beforeAll(async () => {
    const require = createRequire(import.meta.url);
    await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName =>
            scopeName === 'source.journey' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null
    });
    const loaded = await registry.loadGrammar('source.journey');
    if (!loaded) throw new Error(`cannot load ${grammarPath}`);
    grammar = loaded;
});

/** The tokens of a whole text, with offsets into it, as VS Code tokenises it line by line. */
function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let stack = textmate.INITIAL;
    let offset = 0;
    for (const line of text.split('\n')) {
        const content = line.endsWith('\r') ? line.slice(0, -1) : line;
        const result = grammar.tokenizeLine(content, stack);
        for (const token of result.tokens) {
            const end = Math.min(token.endIndex, content.length);
            if (end > token.startIndex) {
                tokens.push({ start: offset + token.startIndex, end: offset + end, text: content.slice(token.startIndex, end), scopes: token.scopes });
            }
        }
        stack = result.ruleStack;
        offset += line.length + 1;
    }
    return tokens;
}

/** Scopes that colour a word as a keyword: declaring words, other keywords, enumeration values. */
const isKeywordScope = (scope: string) => /^(keyword|storage\.type|constant\.language)\./.test(scope);
const hasScope = (token: Token, prefix: string) => token.scopes.some(scope => scope.startsWith(prefix));
const describeToken = (token: Token | undefined) => (token ? `'${token.text}' [${token.scopes.join(', ')}]` : 'no token');

/** The token covering exactly `start`..`end`, or undefined when the grammar splits or merges that stretch. */
function tokenAt(tokens: Token[], start: number, end: number): Token | undefined {
    return tokens.find(token => token.start === start && token.end === end);
}

function tokensWithin(tokens: Token[], start: number, end: number): Token[] {
    return tokens.filter(token => token.start < end && token.end > start);
}

/** Line and column of an offset, for messages. */
function where(name: string, text: string, offset: number): string {
    const before = text.slice(0, offset).split('\n');
    return `${name}:${before.length}:${before[before.length - 1].length + 1}`;
}

/** How the parser read a leaf, in the terms the grammar's scopes distinguish. */
type LeafKind = 'keyword' | 'punctuation' | 'name' | 'reference' | 'criterion' | 'unit' | 'string' | 'number' | 'date' | 'comment';

interface Leaf {
    leaf: LeafCstNode;
    kind: LeafKind;
    /** The scope the grammar must give it (for a text, its content; for a comment, each of its tokens). */
    scope: string;
}

/** The name a declaration gives, by the parser rule declaring it. */
const declarationScopes: Record<string, string> = {
    Journey: 'entity.name.namespace.journey',
    Stage: 'entity.name.namespace.stage.journey',
    Touchpoint: 'entity.name.function.touchpoint.journey',
    Persona: 'entity.name.type.class.persona.journey',
    Segment: 'entity.name.type.interface.segment.journey',
    Team: 'entity.name.type.team.journey',
    Channel: 'entity.name.variable.channel.journey',
    Metric: 'entity.name.variable.metric.journey',
    Pain: 'entity.name.variable.pain.journey',
    Opportunity: 'entity.name.function.member.opportunity.journey',
    Experiment: 'entity.name.function.member.experiment.journey'
};

/**
 * A reference, by the type it refers to (Located: a stage or a touchpoint; Measured: those or a channel, all coloured
 * as places; Actor: a persona or a segment, coloured as a persona, since the grammar cannot tell them apart).
 */
const referenceScopes: Record<string, string> = {
    Actor: 'variable.other.persona.journey',
    Measured: 'variable.other.location.journey',
    Persona: 'variable.other.persona.journey',
    Segment: 'variable.other.segment.journey',
    Team: 'variable.other.team.journey',
    Channel: 'variable.other.channel.journey',
    Touchpoint: 'variable.other.touchpoint.journey',
    Located: 'variable.other.location.journey',
    Metric: 'variable.other.metric.journey',
    Pain: 'variable.other.pain.journey',
    Opportunity: 'variable.other.opportunity.journey'
};

const punctuationScopes: Record<string, string> = {
    '{': 'punctuation.section.block.begin.journey',
    '}': 'punctuation.section.block.end.journey',
    ',': 'punctuation.separator.comma.journey',
    '->': 'keyword.operator.arrow.journey',
    '..': 'keyword.operator.range.journey',
    '%': 'keyword.other.unit.percentage.journey'
};

/**
 * A word keyword: the one that starts a declaration (persona, stage, flow...) is storage.type, a value of an
 * enumeration (current-state, high, weeks...) constant.language, drop keyword.control, any other keyword.other.
 */
function keywordScope(keyword: GrammarAST.Keyword): string {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    if (!rule) throw new Error(`keyword '${keyword.value}' outside a parser rule`);
    if (keyword.value === 'drop') return 'keyword.control.drop.journey';
    if (rule.dataType) return 'constant.language.journey';
    const declares = rule.name === 'Flow' ||
        AstUtils.streamAllContents(rule).some(node => GrammarAST.isAssignment(node) && node.feature === 'name');
    const first = GrammarAST.isGroup(rule.definition) ? rule.definition.elements[0] : undefined;
    return declares && first === keyword ? 'storage.type.journey' : 'keyword.other.journey';
}

function classify(leaf: LeafCstNode): Leaf {
    const source = leaf.grammarSource;
    if (leaf.hidden) {
        return { leaf, kind: 'comment', scope: leaf.text.startsWith('/*') ? 'comment.block.journey' : 'comment.line.double-slash.journey' };
    }
    if (GrammarAST.isKeyword(source)) {
        return /^[a-z]/.test(source.value)
            ? { leaf, kind: 'keyword', scope: keywordScope(source) }
            : { leaf, kind: 'punctuation', scope: punctuationScopes[source.value] ?? `no scope for ${source.value}` };
    }
    const crossReference = AstUtils.getContainerOfType(source, GrammarAST.isCrossReference);
    if (crossReference) {
        const target = crossReference.type.$refText;
        return { leaf, kind: 'reference', scope: referenceScopes[target] ?? `no scope for references to ${target}` };
    }
    const assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
    if (assignment?.feature === 'name') {
        const rule = AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)?.name ?? '';
        return { leaf, kind: 'name', scope: declarationScopes[rule] ?? `no scope for names of ${rule}` };
    }
    if (assignment?.feature === 'criterion') return { leaf, kind: 'criterion', scope: 'variable.other.criterion.journey' };
    switch (leaf.tokenType.name) {
        case 'STRING': return { leaf, kind: 'string', scope: 'string.quoted.double.journey' };
        case 'NUMBER': return { leaf, kind: 'number', scope: 'constant.numeric.' };
        case 'DATE': return { leaf, kind: 'date', scope: 'constant.other.date.journey' };
        case 'ID': return { leaf, kind: 'unit', scope: 'keyword.other.unit.journey' };
    }
    throw new Error(`unexpected token ${leaf.tokenType.name} '${leaf.text}'`);
}

/** Every token of a map as the parser reads it, which must parse without errors. */
function parse(name: string, text: string): Leaf[] {
    const result = services.parser.LangiumParser.parse<Document>(text);
    expect(result.lexerErrors.map(error => error.message), name).toEqual([]);
    expect(result.parserErrors.map(error => error.message), name).toEqual([]);
    const cst = result.value.$cstNode;
    if (!cst) throw new Error(`${name} has no CST`);
    return CstUtils.streamCst(cst).filter(isLeafCstNode).map(classify).toArray();
}

const stringScopes = new Set(['source.journey', 'string.quoted.double.journey', 'punctuation.definition.string.begin.journey',
    'punctuation.definition.string.end.journey', 'constant.character.escape.journey']);

/** What the grammar gets wrong on one map: each token of the parser without its scope, or not a token of its own. */
function problems(name: string, text: string, only?: LeafKind[]): string[] {
    const tokens = tokenize(text);
    const found: string[] = [];
    for (const { leaf, kind, scope } of parse(name, text)) {
        if (only && !only.includes(kind)) continue;
        const at = `${where(name, text, leaf.offset)} ${kind} '${leaf.text}' wants ${scope}, gets`;
        const within = tokensWithin(tokens, leaf.offset, leaf.end);
        if (kind === 'string') {
            // A text is a string from quote to quote, and nothing else is coloured inside it.
            const stray = within.filter(token => !hasScope(token, scope) || token.scopes.some(s => !stringScopes.has(s)));
            const beyond = tokens.filter(token => (token.end === leaf.offset || token.start === leaf.end) && hasScope(token, 'string.'));
            if (stray.length > 0 || beyond.length > 0) found.push(`${at} ${[...stray, ...beyond].map(describeToken).join(' ')}`);
        } else if (kind === 'comment') {
            const stray = within.filter(token => !hasScope(token, scope) || token.scopes.some(isKeywordScope));
            if (stray.length > 0) found.push(`${at} ${stray.map(describeToken).join(' ')}`);
        } else {
            // Everything else is one token of its own, neither split (current|-state) nor run into a neighbour,
            // and a name or a reference is never coloured as a keyword, whatever its spelling.
            const token = tokenAt(tokens, leaf.offset, leaf.end);
            const wrong = !token || !hasScope(token, scope) ||
                ((kind === 'name' || kind === 'reference') && token.scopes.some(isKeywordScope));
            if (wrong) found.push(`${at} ${within.map(describeToken).join(' ')}`);
        }
    }
    return found;
}

/** The tokens covering `needle` where it first occurs within the first occurrence of `context` in a text. */
function tokensOf(text: string, context: string, needle = context): Token[] {
    const at = text.indexOf(context);
    const index = context.indexOf(needle);
    if (at < 0 || index < 0) throw new Error(`'${needle}' in '${context}' not found`);
    return tokensWithin(tokenize(text), at + index, at + index + needle.length);
}

/** The scopes of `needle` (in `context`), which must be one token. */
function scopesOf(text: string, context: string, needle = context): string[] {
    const tokens = tokensOf(text, context, needle);
    expect(tokens.map(token => token.text), `'${needle}' is one token`).toEqual([needle]);
    return tokens[0].scopes;
}

const maps = [...examples, sample];
const example = (name: string) => examples.find(map => map.name === name)?.text ?? '';
const activewear = example('activewear-first-purchase.journey');
const shared = example('shared.journey');

describe('TextMate grammar', () => {
    it('colours no keyword, number or name inside a text, and a text from quote to quote', () => {
        for (const { name, text } of maps) {
            expect(problems(name, text, ['string']), name).toEqual([]);
        }
        const line = 'touchpoint Ad "Sponsored post for high-performance leggings at 70% on 2026-09-30" {';
        expect(tokenize(line).filter(token => hasScope(token, 'string.')).map(token => token.text))
            .toEqual(['"', 'Sponsored post for high-performance leggings at 70% on 2026-09-30', '"']);
    });

    it('colours escapes in texts, and a text without its closing quote up to the end of its line only', () => {
        expect(scopesOf('quote "a \\"b\\" c"', '\\"')).toContain('constant.character.escape.journey');
        const tokens = tokenize('persona P {\n  quote "no closing quote\n  goal "g"\n}');
        expect(tokens.filter(token => hasScope(token, 'string.')).map(token => token.text)).toEqual(['"', 'no closing quote', '"', 'g', '"']);
        expect(tokens.find(token => token.text === 'goal')?.scopes).toContain('keyword.other.journey');
    });

    it('colours a text in triple quotes over its lines, with nothing inside it, and what follows it as usual', () => {
        const tokens = tokensOf(sample.text, 'description """', '"""');
        expect(tokens.map(token => token.scopes.slice(1))).toEqual([['string.quoted.double.journey', 'punctuation.definition.string.begin.journey']]);
        const inside = tokensOf(sample.text, '    "quotes", // no comment, and a \\ backslash as typed.');
        expect(inside.map(token => token.scopes.slice(1))).toEqual([['string.quoted.double.journey']]);
        expect(scopesOf(sample.text, 'quote """She said "no"."""', '"""She said "no"."""'.slice(3, -3))).toEqual(['source.journey', 'string.quoted.double.journey']);
        expect(scopesOf(sample.text, '  quote """', 'quote')).toContain('keyword.other.journey');
    });

    it('colours comments as comments, and nothing inside them', () => {
        for (const { name, text } of maps) {
            expect(problems(name, text, ['comment']), name).toEqual([]);
        }
        const block = tokensOf(sample.text, '"quotes" and keywords (persona, for, high)');
        expect(block.map(token => token.scopes.slice(1))).toEqual([['comment.block.journey']]);
        const line = tokensOf(sample.text, '// Line comment: segment FirstTime "not a text" 70% 2026-09-30 ->');
        expect(line.map(token => token.scopes.slice(1))).toEqual([
            ['comment.line.double-slash.journey', 'punctuation.definition.comment.journey'],
            ['comment.line.double-slash.journey']
        ]);
    });

    it('takes current-state, day-in-the-life and the other hyphenated values as one token', () => {
        for (const { name, text } of maps) {
            expect(problems(name, text, ['keyword']), name).toEqual([]);
        }
        for (const value of ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint', 'in-progress', 'ab-test']) {
            expect(scopesOf(`  kind ${value}`, value)).toContain('constant.language.journey');
        }
        expect(scopesOf(activewear, 'kind current-state', 'current-state')).toContain('constant.language.journey');
    });

    it('colours numbers, signed scores, percentages with their unit and dates', () => {
        for (const { name, text } of maps) {
            expect(problems(name, text, ['number', 'date', 'punctuation']), name).toEqual([]);
        }
        const share = tokensOf(activewear, '70% "abandon the cart"', '70%');
        expect(share.map(token => token.text)).toEqual(['70', '%']);
        expect(share.every(token => hasScope(token, 'constant.numeric.'))).toBe(true);
        expect(share[1].scopes).toContain('keyword.other.unit.percentage.journey');
        expect(scopesOf(activewear, '    expect -15%', '-15')).toContain('constant.numeric.percentage.journey');
        expect(scopesOf(activewear, 'reviewed 2026-10-15', '2026-10-15')).toContain('constant.other.date.journey');
        expect(scopesOf(sample.text, 'measured 2026-09-30', '2026-09-30')).toContain('constant.other.date.journey');
        expect(scopesOf('  feels Sarah +1 "curious"', '+1')).toContain('constant.numeric.journey');
        expect(scopesOf('  feels Sarah -2', '-2')).toContain('constant.numeric.journey');
    });

    it('colours the name a declaration gives, and a reference as a reference', () => {
        for (const { name, text } of maps) {
            expect(problems(name, text, ['name', 'reference', 'criterion', 'unit']), name).toEqual([]);
        }
        expect(scopesOf(shared, 'persona Sarah "', 'Sarah')).toContain('entity.name.type.class.persona.journey');
        expect(scopesOf(shared, 'segment HighIntent "', 'HighIntent')).toContain('entity.name.type.interface.segment.journey');
        expect(scopesOf(shared, 'channel help-centre "', 'help-centre')).toContain('entity.name.variable.channel.journey');
        expect(scopesOf(activewear, 'journey ActivewearFirstPurchase', 'ActivewearFirstPurchase')).toContain('entity.name.namespace.journey');
        expect(scopesOf(activewear, 'stage Awareness', 'Awareness')).toContain('entity.name.namespace.stage.journey');
        expect(scopesOf(activewear, 'touchpoint SponsoredPost', 'SponsoredPost')).toContain('entity.name.function.touchpoint.journey');
        expect(scopesOf(activewear, '  metric CartAbandonment "', 'CartAbandonment')).toContain('entity.name.variable.metric.journey');
        // In a persona, a touchpoint and an experiment, segment, channel and metric refer to a name.
        expect(scopesOf(shared, '  segment FirstTime\n', 'FirstTime')).toContain('variable.other.segment.journey');
        expect(scopesOf(activewear, 'channel social', 'social')).toContain('variable.other.channel.journey');
        expect(scopesOf(activewear, '    metric CartAbandonment\n', 'CartAbandonment')).toContain('variable.other.metric.journey');
    });

    it('finds no keyword inside a name: webTeam, web-team, day-in-the-life-of-sarah, a keyword used as a name', () => {
        for (const [context, needle, scope] of [
            ['team webTeam', 'webTeam', 'entity.name.type.team.journey'],
            ['team web-team', 'web-team', 'entity.name.type.team.journey'],
            ['owner web-team', 'web-team', 'variable.other.team.journey'],
            ['team target', 'target', 'entity.name.type.team.journey'],
            ['touchpoint target', 'target', 'entity.name.function.touchpoint.journey'],
            ['owner target', 'target', 'variable.other.team.journey'],
            ['channel direct "', 'direct', 'entity.name.variable.channel.journey'],
            ['channel direct\n', 'direct', 'variable.other.channel.journey'],
            ['journey day-in-the-life-of-sarah', 'day-in-the-life-of-sarah', 'entity.name.namespace.journey'],
            ['stage future-state-ideas', 'future-state-ideas', 'entity.name.namespace.stage.journey'],
            ['journey current-state-map', 'current-state-map', 'entity.name.namespace.journey']
        ] as const) {
            const scopes = scopesOf(sample.text, context, needle);
            expect(scopes, context).toContain(scope);
            expect(scopes.filter(isKeywordScope), context).toEqual([]);
        }
        // Words made of or around keywords, wherever they stand, are one word and no keyword.
        for (const [line, word] of [
            ['owner team-web', 'team-web'],
            ['personas Sarah, persona-x', 'persona-x'],
            ['x-current-state', 'x-current-state'],
            ['  kind current-state-of-things', 'current-state-of-things'],
            ['stage-one goal-setting', 'stage-one'],
            ['stage-one goal-setting', 'goal-setting'],
            ['teams targets highest webTeam', 'teams'],
            ['teams targets highest webTeam', 'targets'],
            ['teams targets highest webTeam', 'highest'],
            ['teams targets highest webTeam', 'webTeam']
        ] as const) {
            expect(scopesOf(line, word).filter(isKeywordScope), `${word} in '${line}'`).toEqual([]);
        }
    });

    it('agrees with the parser on every token of every example and of the sample', () => {
        for (const { name, text } of maps) {
            expect(problems(name, text), name).toEqual([]);
        }
    });

    it('knows every keyword of journey.langium, as a whole word, and no other', () => {
        const langium = readFileSync(join(root, 'packages/language/src/journey.langium'), 'utf8').replace(/\/\/.*$/gm, '');
        const keywords = [...new Set([...langium.matchAll(/'([a-z][\w-]*)'/g)].map(match => match[1]))];
        expect(keywords.length).toBeGreaterThan(90);
        const missing = keywords.filter(keyword => {
            const tokens = tokenize(keyword);
            return tokens.length !== 1 || !tokens[0].scopes.some(isKeywordScope);
        });
        expect(missing).toEqual([]);
        // Nor does the grammar colour a word the language no longer has.
        const raw = JSON.parse(readFileSync(grammarPath, 'utf8')) as { repository?: Record<string, { match?: string; patterns?: Array<{ match?: string }> }> };
        const lists = [...(raw.repository?.keywords?.patterns ?? []), raw.repository?.enumerations ?? {}].map(rule => rule.match ?? '').join(' ');
        const listed = [...lists.matchAll(/(?<=\(\?:|\|)[a-z][\w-]*(?=\||\))/g)].map(match => match[0]);
        expect(listed.length).toBeGreaterThan(90);
        expect(listed.filter(word => !keywords.includes(word))).toEqual([]);
        // The sample and the examples between them use every keyword, so the check above sees each in context.
        const used = new Set(maps.flatMap(({ name, text }) => parse(name, text).filter(({ kind }) => kind === 'keyword').map(({ leaf }) => leaf.text)));
        expect(keywords.filter(keyword => !used.has(keyword))).toEqual([]);
    });
});
