import { describe, expect, it } from 'vitest';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { openWorkspace, positionOf, textDocument } from './lsp-helper.js';

describe('navigation across files', () => {
    it('goes to a definition in another file', async () => {
        const { services, documents } = await openWorkspace();
        const document = documents['map.journey'];
        const links = await services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: textDocument(document), position: positionOf(document, 'feels Sarah', 7) });
        expect(links?.map(link => [link.targetUri, link.targetSelectionRange.start.line])).toEqual([['file:///workspace/shared.journey', 0]]);
    });

    it('finds every reference and renames them all, across files', async () => {
        const { services, documents } = await openWorkspace();
        const sharedDocument = documents['shared.journey'];
        const position = positionOf(sharedDocument, 'persona Sarah', 9);
        const references = await services.lsp.ReferencesProvider!.findReferences(sharedDocument, { textDocument: textDocument(sharedDocument), position, context: { includeDeclaration: true } });
        expect(references.map(r => `${r.uri.split('/').pop()}:${r.range.start.line + 1}`).sort()).toEqual(['map.journey:12', 'map.journey:14', 'map.journey:8', 'shared.journey:1']);
        const rename = await services.lsp.RenameProvider!.rename(sharedDocument, { textDocument: textDocument(sharedDocument), position, newName: 'Samira' });
        const edits = Object.entries(rename?.changes ?? {}).flatMap(([uri, list]) => list.map(edit => `${uri.split('/').pop()}:${edit.range.start.line + 1} ${edit.newText}`));
        expect(edits.sort()).toEqual(['map.journey:12 Samira', 'map.journey:14 Samira', 'map.journey:8 Samira', 'shared.journey:1 Samira']);
    });

    it('outlines journey > stage > sub-stage > touchpoint', async () => {
        const { services, documents } = await openWorkspace({ 'map.journey': 'journey J "Journey" { stage Delivery { stage Waiting { touchpoint Email { channel email } } } metric Opens at Email { target 3 } }' });
        const document = documents['map.journey'];
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: textDocument(document) }) as DocumentSymbol[];
        const kindName = (kind: SymbolKind) => Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0];
        const outline = (list: DocumentSymbol[] | undefined, depth = 0): string[] =>
            (list ?? []).flatMap(symbol => [`${'  '.repeat(depth)}${symbol.name} ${kindName(symbol.kind)}`, ...outline(symbol.children, depth + 1)]);
        expect(outline(symbols)).toEqual(['J Module', '  Delivery Namespace', '    Waiting Namespace', '      Email Event', '  Opens Number']);
    });

    it('finds touchpoints, personas and journeys by name in the whole workspace', async () => {
        const { services } = await openWorkspace();
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Check' });
        expect(symbols.map(symbol => symbol.name)).toContain('Checkout');
    });
});
