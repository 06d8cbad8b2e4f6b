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

function leafKind(leaf: LeafCstNode): LeafKind {
    if (leaf.hidden) return 'comment';
    const source = leaf.grammarSource;
    if (GrammarAST.isKeyword(source)) return /^[a-z]/.test(source.value) ? 'keyword' : 'punctuation';
    if (AstUtils.getContainerOfType(source, GrammarAST.isCrossReference)) return 'reference';
    const assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
    if (assignment?.feature === 'name') return 'name';
    if (assignment?.feature === 'criterion') return 'criterion';
    switch (leaf.tokenType.name) {
        case 'STRING': return 'string';
        case 'NUMBER': return 'number';
        case 'DATE': return 'date';
        case 'ID': return 'unit';
    }
    throw new Error(`unexpected token ${leaf.tokenType.name} '${leaf.text}'`);
}

/** Every token of a map as the parser reads it, which must parse without errors. */
function parse(name: string, text: string): Array<{ leaf: LeafCstNode; kind: LeafKind }> {
    const result = services.parser.LangiumParser.parse<Document>(text);
    expect(result.lexerErrors.map(error => error.message), name).toEqual([]);
    expect(result.parserErrors.map(error => error.message), name).toEqual([]);
    const cst = result.value.$cstNode;
    if (!cst) throw new Error(`${name} has no CST`);
    return CstUtils.streamCst(cst)
        .filter(isLeafCstNode)
        .map(leaf => ({ leaf, kind: leafKind(leaf) }))
        .toArray();
}

/** The problems of the grammar on one map: each token of the parser whose scopes are wrong. */
function problems(name: string, text: string, only?: LeafKind[]): string[] {
    const tokens = tokenize(text);
    const found: string[] = [];
    for (const { leaf, kind } of parse(name, text)) {
        if (only && !only.includes(kind)) continue;
        const at = `${where(name, text, leaf.offset)} ${kind} '${leaf.text}'`;
        const within = tokensWithin(tokens, leaf.offset, leaf.end);
        if (kind === 'string') {
            const stray = within.filter(token => !hasScope(token, 'string.quoted.double.journey') ||
                token.scopes.some(scope => scope !== 'source.journey' && !/^(string\.quoted\.double|punctuation\.definition\.string\.(begin|end)|constant\.character\.escape)\.journey$/.test(scope)));
            if (stray.length > 0) found.push(`${at}: ${stray.map(describeToken).join(' ')}`);
            const outside = tokens.filter(token => (token.end === leaf.offset || token.start === leaf.end) && hasScope(token, 'string.'));
            if (outside.length > 0) found.push(`${at}: the string scope goes beyond the quotes: ${outside.map(describeToken).join(' ')}`);
            continue;
        }
        if (kind === 'comment') {
            const stray = within.filter(token => !hasScope(token, leaf.text.startsWith('/*') ? 'comment.block.journey' : 'comment.line.double-slash.journey'));
            if (stray.length > 0) found.push(`${at}: ${stray.map(describeToken).join(' ')}`);
            continue;
        }
        // Everything else is one token of its own, neither split (current|-state) nor run into a neighbour.
        const token = tokenAt(tokens, leaf.offset, leaf.end);
        const expected: Record<Exclude<LeafKind, 'string' | 'comment'>, (token: Token) => boolean> = {
            keyword: token => token.scopes.some(isKeywordScope),
            punctuation: token => hasScope(token, punctuationScopes[leaf.text] ?? '?'),
            name: token => hasScope(token, 'entity.name.') && !token.scopes.some(isKeywordScope),
            reference: token => hasScope(token, 'variable.other.') && !token.scopes.some(isKeywordScope),
            criterion: token => hasScope(token, 'variable.other.criterion.journey'),
            unit: token => hasScope(token, 'keyword.other.unit.journey'),
            number: token => hasScope(token, 'constant.numeric.'),
            date: token => hasScope(token, 'constant.other.date.journey')
        };
        if (!token || !expected[kind](token)) found.push(`${at}: ${within.map(describeToken).join(' ')}`);
    }
    return found;
}

const punctuationScopes: Record<string, string> = {
    '{': 'punctuation.section.block.begin.journey',
    '}': 'punctuation.section.block.end.journey',
    ',': 'punctuation.separator.comma.journey',
    '->': 'keyword.operator.arrow.journey',
    '..': 'keyword.operator.range.journey',
    '%': 'keyword.other.unit.percentage.journey'
};

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
        for (const line of ['owner web-team', 'owner team-web', 'personas my-persona', 'x-current-state']) {
            const words = tokenize(line).filter(token => /\w/.test(token.text)).slice(1);
            for (const token of words) expect(token.scopes.filter(isKeywordScope), `${line}: ${describeToken(token)}`).toEqual([]);
        }
    });

    it('agrees with the parser on every token of every example and of the sample', () => {
        for (const { name, text } of maps) {
            expect(problems(name, text), name).toEqual([]);
        }
    });

    it('knows every keyword of journey.langium, as a whole word', () => {
        const langium = readFileSync(join(root, 'packages/language/src/journey.langium'), 'utf8').replace(/\/\/.*$/gm, '');
        const keywords = [...new Set([...langium.matchAll(/'([a-z][\w-]*)'/g)].map(match => match[1]))];
        expect(keywords.length).toBeGreaterThan(90);
        const missing = keywords.filter(keyword => {
            const tokens = tokenize(keyword);
            return tokens.length !== 1 || !tokens[0].scopes.some(isKeywordScope);
        });
        expect(missing).toEqual([]);
        // The sample and the examples between them use every keyword, so the check above sees each in context.
        const used = new Set(maps.flatMap(({ name, text }) => parse(name, text).filter(({ kind }) => kind === 'keyword').map(({ leaf }) => leaf.text)));
        expect(keywords.filter(keyword => !used.has(keyword))).toEqual([]);
    });
});
