import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchText } from '../src/parser/text-token-pattern.js';
import { GrammarAST } from 'langium';
import { JourneyMapsGrammar } from '../src/generated/grammar.js';

const { isRegexToken, isTerminalRule } = GrammarAST;

/** The STRING terminal's regular expression as the grammar writes it: what the loops must match, character for character. */
function stringTerminal(): RegExp {
    const rule = JourneyMapsGrammar().rules.find(candidate => candidate.name === 'STRING');
    const regex = rule && isTerminalRule(rule) && isRegexToken(rule.definition) ? rule.definition.regex : undefined;
    expect(regex).toBeDefined();
    return new RegExp(regex!.replace(/^\/|\/$/g, ''), 'y');
}

const matched = (text: string) => (matchText(text, 0, [], {}) as unknown as string[] | null)?.[0];

describe('the quoted-text loops', () => {
    const terminal = stringTerminal();
    const expected = (text: string) => {
        terminal.lastIndex = 0;
        return terminal.exec(text)?.[0];
    };

    it('match what the grammar\'s STRING expression matches', () => {
        const char = fc.constantFrom('"', '\\', '{', '}', '\n', '\r', 'a', ' ', 'é', '\u2028');
        fc.assert(fc.property(fc.array(char, { maxLength: 24 }).map(chars => `"${chars.join('')}`), text => {
            expect(matched(text)).toBe(expected(text));
        }), { numRuns: 20_000 });
    });

    it('match what the expression matches for texts in triple quotes, closed or not', () => {
        const char = fc.constantFrom('"', '\\', '{', '}', '\n', '\r', 'a', ' ');
        fc.assert(fc.property(fc.array(char, { maxLength: 24 }).map(chars => `"""${chars.join('')}`), text => {
            expect(matched(text)).toBe(expected(text));
        }), { numRuns: 20_000 });
    });

    it('end a text in triple quotes at the first """, with the quotes right after it', () => {
        expect(matched('"""a\n"b" ""\n"""" x """')).toBe('"""a\n"b" ""\n""""');
        expect(matched('"""a\n} b')).toBe('"""a\n} b');
    });

    it('keep a block whose title lacks its closing quote', () => {
        expect(matched('"Checkout { channel web }')).toBe('"Checkout ');
        expect(matched('"Checkout "{ x }')).toBe('"Checkout "');
    });

    it('read a text of 5 MB', () => {
        const long = `"${'a'.repeat(5_000_000)}"`;
        expect(matched(long)?.length).toBe(long.length);
        const lines = `"""${'a\n'.repeat(2_500_000)}"""`;
        expect(matched(lines)?.length).toBe(lines.length);
    });
});
