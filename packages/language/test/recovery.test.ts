import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JourneyMapsGrammar } from '../src/generated/grammar.js';
import { reusableChecker } from './check-helper.js';

const examplesFolder = resolve(import.meta.dirname, '../../../examples');
const examples = readdirSync(examplesFolder).filter(name => name.endsWith('.journey'))
    .map(name => [name, readFileSync(resolve(examplesFolder, name), 'utf8')] as const);
const shared = examples.find(([name]) => name === 'shared.journey')![1];
const maps = examples.filter(([name]) => name !== 'shared.journey');
const keywords = [...new Set(AstUtils.streamAst(JourneyMapsGrammar()).filter(GrammarAST.isKeyword).map(k => k.value))];

/**
 * Broken input never crashes a check: the examples cut off right after each keyword (where a name, number
 * or text is still missing), at even intervals, or with a line deleted still get diagnostics inside the
 * document, a syntax error wherever the parser failed, and no check throws.
 */
describe('recovery from broken text', () => {
    const check = reusableChecker();
    const consoleError = vi.spyOn(console, 'error');
    afterEach(() => consoleError.mockClear());

    it.each(maps)('%s cut off right after each keyword', async (_name, text) => {
        for (const keyword of keywords) {
            const match = new RegExp(`(^|[\\s{])${keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s)`).exec(text);
            if (match) {
                await expectGracefulCheck(text.slice(0, match.index + match[0].length + 1));
            }
        }
    });

    it.each(maps)('%s cut off at 30 points', async (_name, text) => {
        for (let i = 1; i <= 30; i++) {
            await expectGracefulCheck(text.slice(0, Math.floor(text.length * i / 31)));
        }
    });

    it.each(maps)('%s with a line deleted, at 30 points', async (_name, text) => {
        const lines = text.split('\n');
        for (let i = 1; i <= 30; i++) {
            const line = Math.floor(lines.length * i / 31);
            await expectGracefulCheck([...lines.slice(0, line), ...lines.slice(line + 1)].join('\n'));
        }
    });

    async function expectGracefulCheck(text: string): Promise<void> {
        const [checked] = await check({ 'map.journey': text, 'shared.journey': shared });
        const { parserErrors, lexerErrors } = checked.document.parseResult;
        const lineCount = text.split('\n').length;
        for (const diagnostic of checked.diagnostics) {
            expect(diagnostic.range.start.line).toBeLessThan(lineCount);
            expect(diagnostic.range.end.line).toBeLessThan(lineCount);
            expect(diagnostic.message).not.toMatch(/undefined|An error occurred/);
        }
        if (parserErrors.length + lexerErrors.length > 0) {
            expect(checked.diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
        }
        expect(consoleError).not.toHaveBeenCalled();
    }
});
