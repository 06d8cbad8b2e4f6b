import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyCoreServices } from '../src/index.js';
import { diagnosticsOf } from './check-helper.js';

/** Syntax errors speak the map writer's language: no token types, rule names or parser jargon. */
async function syntaxErrors(text: string): Promise<string[]> {
    const diagnostics = await diagnosticsOf(text);
    return diagnostics.filter(d => d.code === 'syntax-error')
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

describe('syntax error messages', () => {
    it('names what was expected in plain words', async () => {
        expect(await syntaxErrors('journey J {\n  stage S "S" { touchpoint T { channel web feels Sarah "happy" } }\n}')).toEqual([
            "2:56 Expected a number after 'Sarah' but found '\"happy\"'."
        ]);
        expect(await syntaxErrors('journey J {\n  reviewed "soon"\n}')).toEqual([
            "2:12 Expected a date such as 2026-09-30 after 'reviewed' but found '\"soon\"'."
        ]);
    });

    it('suggests the keyword a misspelt word was meant to be', async () => {
        expect(await syntaxErrors('journey J {\n  stage S { touchpoint T { chanel web } }\n}')).toEqual([
            "2:28 'chanel' is not something a touchpoint can hold. Did you mean 'channel'?"
        ]);
        expect(await syntaxErrors('journey J {\n  kind curent-state\n}')).toEqual([
            "2:8 Unexpected 'curent-state' after 'kind': expected one of 'current-state', 'future-state', 'day-in-the-life' or 'service-blueprint'. Did you mean 'current-state'?"
        ]);
    });

    it('suggests the closest keyword for a word where the block could only end', () => {
        const { parser } = createJourneyCoreServices(EmptyFileSystem).Journey;
        // As the text stands, without the lexer's repair of slips (which would take the line out at the top level).
        const [previous, actual] = parser.Lexer.tokenize('web stge', { mode: 'partial' }).tokens;
        expect(parser.ParserErrorMessageProvider.buildMismatchTokenMessage({ expected: parser.Lexer.definition['}'], actual, previous, ruleName: '' }))
            .toBe("'stge' is not something this block can hold, or a '}' is missing before it. Did you mean 'stage'?");
    });

    it('explains a stray closing brace and stray characters', async () => {
        expect(await syntaxErrors('team Web\n}\nteam CX # "CX"')).toEqual([
            "2:1 Unexpected '}': there is no open block here for it to close.",
            "3:9 Unexpected character '#': it has no meaning in a journey map here."
        ]);
    });

    it('says when the file ends too soon, naming what is missing', async () => {
        expect(await syntaxErrors('team')).toEqual(["1:5 Expected a name after 'team' but found the end of the file."]);
    });

    it('shows invisible characters by their code point', async () => {
        expect(await syntaxErrors('team Web\u0000')).toEqual(["1:9 Unexpected character U+0000: it has no meaning in a journey map here."]);
    });

    it('reports a missing closing quote once and checks the following lines', async () => {
        const diagnostics = await diagnosticsOf('journey J {\n  goal "Raise conversion\n  reviewed 2026-02-30\n}');
        expect(diagnostics.map(d => `${d.range.start.line + 1} ${String(d.code)}`)).toEqual(['2 syntax-error', '3 invalid-date']);
    });

    it('never mentions parser internals', async () => {
        const texts = ['journey', 'journey J { stage', 'persona P { goal }', 'journey J { flow { A -> } }', 'journey J { scale 1 .. }', '{ }', 'journey J { metric M at { } }'];
        for (const text of texts) {
            for (const message of await syntaxErrors(text)) {
                expect(message).not.toMatch(/token|\bID\b|STRING|NUMBER|\bEOF\b|rule|Expecting/);
            }
        }
    });
});
