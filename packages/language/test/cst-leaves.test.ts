import type { IToken } from 'chevrotain';
import { CstUtils, EmptyFileSystem, isLeafCstNode, type LeafCstNode } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJourneyServices, type Document } from '../src/index.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<Document>(services);

/** Each leaf of the text's CST with the token (of the lexer's, repairs included) it was built from. */
async function leavesWithTokens(text: string): Promise<{ leaf: LeafCstNode; token: IToken }[]> {
    const document = await parse(text);
    const lexed = services.parser.Lexer.tokenize(text);
    const tokens = [...lexed.tokens, ...lexed.hidden];
    const root = document.parseResult.value.$cstNode!.root;
    return CstUtils.streamCst(root).filter(isLeafCstNode).map(leaf => {
        const token = tokens.find(t => t.startOffset === leaf.offset && t.image.length === leaf.length && t.tokenType === leaf.tokenType);
        expect(token, `a token at ${leaf.offset}`).toBeDefined();
        return { leaf, token: token! };
    }).toArray();
}

describe('the leaves of the CST', () => {
    it('have the ranges, texts and roots of their tokens, on one line or spanning lines, comments and repairs included', async () => {
        const text = [
            'persona P "P" {',
            '  // a comment',
            '  description """',
            '    Two lines',
            '    of text',
            '    """ /* a block',
            '  comment */',
            '}',
            'journey J "J" {',
            '  stage S "S"',
            '    touchpoint T "T" { channel web }',
            '  }',
            '}'
        ].join('\r\n');
        const leaves = await leavesWithTokens(text);
        // The stage's missing '{' is added by the lexer's repair: a token of its own, covering no text.
        expect(leaves.filter(({ leaf }) => leaf.length === 1 && leaf.text.trim() === '')).toHaveLength(1);
        for (const { leaf, token } of leaves) {
            expect(leaf.range).toEqual(CstUtils.tokenToRange(token));
            expect(leaf.end).toBe(token.startOffset + token.image.length);
            expect(leaf.root).toBe(leaves[0].leaf.root);
            expect(leaf.hidden).toBe(leaf.grammarSource === undefined);
        }
        const spanning = leaves.filter(({ token }) => token.endLine !== token.startLine).map(({ leaf }) => leaf.range);
        expect(spanning).toEqual([
            { start: { line: 2, character: 14 }, end: { line: 5, character: 7 } },
            { start: { line: 5, character: 8 }, end: { line: 6, character: 12 } }
        ]);
        expect(leaves.filter(({ leaf }) => leaf.hidden).map(({ leaf }) => leaf.text)).toEqual(['// a comment', '/* a block\r\n  comment */']);
        expect(leaves.find(({ leaf }) => leaf.text === 'web')?.leaf.astNode.$type).toBe('Touchpoint');
    });
});
