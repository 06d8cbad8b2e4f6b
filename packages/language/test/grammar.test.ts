import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { JourneyMapsGrammar } from '../src/generated/grammar.js';
import { createJourneyServices, type Document } from '../src/index.js';

const parse = parseHelper<Document>(createJourneyServices(EmptyFileSystem).Journey);
const wordKeywords = [...new Set(AstUtils.streamAst(JourneyMapsGrammar()).filter(GrammarAST.isKeyword).map(k => k.value))]
    .filter(value => /^[a-z]/.test(value));

describe('keywords as names', () => {
    it('reserves no word but "drop": every other keyword can name a team and be referred to', async () => {
        expect(wordKeywords.length).toBeGreaterThan(80);
        for (const word of wordKeywords.filter(w => w !== 'drop')) {
            const document = await parse(`team ${word} "A team"\njourney J { owner ${word} stage ${word} { touchpoint ${word} } flow { ${word} -> ${word} } }`);
            const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(e => e.message);
            expect(errors, word).toEqual([]);
            expect(document.parseResult.value.elements[0].name).toBe(word);
        }
    });

    it('keeps "drop" for drop-offs, and says so when it is used as a name', async () => {
        const document = await parse('team drop "Drop team"');
        expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([
            "'drop' is a keyword and cannot be used as a name after 'team'; choose another name, such as 'Drop'."
        ]);
    });
});
