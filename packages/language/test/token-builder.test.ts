import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, EmptyFileSystem, GrammarAST, type GrammarAST as Grammar } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyCoreServices } from '../src/index.js';

/** Langium's own way of finding the terminals a keyword may begin, as the reference. */
class LangiumLongerAlternatives extends DefaultTokenBuilder {
    of(keyword: string, terminals: TokenType[]): string[] {
        return this.findLongerAlt({ value: keyword } as Grammar.Keyword, terminals).map(token => token.name);
    }
}

describe('the token builder', () => {
    it('gives every keyword the terminals it may begin, as Langium finds them', () => {
        const { Journey } = createJourneyCoreServices(EmptyFileSystem);
        const terminalNames = new Set(Journey.Grammar.rules.filter(GrammarAST.isTerminalRule).map(rule => rule.name));
        const tokens = Object.values(Journey.parser.Lexer.definition) as TokenType[];
        const terminals = tokens.filter(token => terminalNames.has(token.name));
        const keywords = tokens.filter(token => !terminalNames.has(token.name));
        const reference = new LangiumLongerAlternatives();
        expect(keywords.length).toBeGreaterThan(80);
        for (const keyword of keywords) {
            const found = ((keyword.LONGER_ALT ?? []) as TokenType[]).map(token => token.name);
            expect(found, keyword.name).toEqual(reference.of(keyword.name, terminals));
        }
        expect(keywords.find(token => token.name === 'journey')?.LONGER_ALT).toEqual([terminals.find(token => token.name === 'ID')]);
    });
});
