import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { JourneyMapsGrammar } from '../src/generated/grammar.js';

describe('grammar', () => {
    it('lets every keyword but "drop" serve as a name, so no word is reserved by accident', () => {
        const grammar = JourneyMapsGrammar();
        const words = new Set(AstUtils.streamAst(grammar).filter(GrammarAST.isKeyword).map(k => k.value).filter(v => /^[a-z]/.test(v)));
        const nameRule = grammar.rules.find(rule => rule.name === 'Name');
        const nameWords = new Set(AstUtils.streamAst(nameRule!).filter(GrammarAST.isKeyword).map(k => k.value));
        words.delete('drop');
        expect([...words].filter(word => !nameWords.has(word))).toEqual([]);
        expect(nameWords.has('drop')).toBe(false);
    });
});
