import { describe, expect, it } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { map, openWorkspace, shared, textDocument } from './lsp-helper.js';

describe('code lens and semantic tokens', () => {
    it('sums up each stage above it', async () => {
        const { services, documents } = await openWorkspace();
        const document = documents['map.journey'];
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: textDocument(document) });
        // The metric has a baseline and no current value: not measured yet, so not counted off target.
        expect(lenses?.map(lens => [lens.range.start.line + 1, lens.command?.title])).toEqual([[4, '1 touchpoint · 1 pain point · 1 metric']]);
    });

    it('colours a persona the same at its declaration and where it is used', async () => {
        const { services, documents } = await openWorkspace({ 'shared.journey': shared, 'map.journey': map });
        const legend = services.lsp.SemanticTokenProvider!.tokenTypes;
        const decode = async (name: string) => {
            const document = documents[name];
            const { data } = await services.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: textDocument(document) });
            const tokens: { line: number; char: number; length: number; type: string }[] = [];
            let line = 0;
            let char = 0;
            for (let i = 0; i < data.length; i += 5) {
                line += data[i];
                char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
                tokens.push({ line, char, length: data[i + 2], type: Object.keys(legend).find(key => legend[key] === data[i + 3])! });
            }
            return tokens.map(t => `${document.textDocument.getText({ start: { line: t.line, character: t.char }, end: { line: t.line, character: t.char + t.length } })}:${t.type}`);
        };
        expect(await decode('shared.journey')).toContain(`Sarah:${SemanticTokenTypes.class}`);
        const mapTokens = await decode('map.journey');
        expect(mapTokens.filter(token => token.startsWith('Sarah:'))).toEqual([`Sarah:${SemanticTokenTypes.class}`, `Sarah:${SemanticTokenTypes.class}`, `Sarah:${SemanticTokenTypes.class}`]);
        expect(mapTokens).toContain(`web:${SemanticTokenTypes.enumMember}`);
        expect(mapTokens).toContain(`Checkout:${SemanticTokenTypes.function}`);
    });
});
