import { describe, expect, it } from 'vitest';
import { openWorkspace, positionOf, textDocument } from './lsp-helper.js';

describe('rename', () => {
    it.each(['', 'Sarah K', 'a"} journey X {', '2026-01-01', '-x', 'drop'])('refuses %j, which is not a name', async newName => {
        const { services, documents } = await openWorkspace();
        const document = documents['shared.journey'];
        const position = positionOf(document, 'persona Sarah', 9);
        await expect(services.lsp.RenameProvider!.rename(document, { textDocument: textDocument(document), position, newName }))
            .rejects.toThrow(/is not a valid name: a name starts with a letter or '_'/);
    });

    it('accepts names with digits, underscores, hyphens and keywords', async () => {
        const { services, documents } = await openWorkspace();
        const document = documents['shared.journey'];
        const position = positionOf(document, 'persona Sarah', 9);
        for (const newName of ['Sarah_K', 'sarah-k2', 'goal']) {
            const rename = await services.lsp.RenameProvider!.rename(document, { textDocument: textDocument(document), position, newName });
            expect(Object.values(rename?.changes ?? {}).flat().map(edit => edit.newText)).toEqual(Array(4).fill(newName));
        }
    });

    it('refuses to rename a built-in channel, from a reference to it', async () => {
        const { services, documents } = await openWorkspace();
        const document = documents['map.journey'];
        const position = positionOf(document, 'channel web', 9);
        await expect(Promise.resolve(services.lsp.RenameProvider!.prepareRename(document, { textDocument: textDocument(document), position })))
            .rejects.toThrow("Channel 'web' is built in and cannot be renamed; declare a channel of your own");
        await expect(services.lsp.RenameProvider!.rename(document, { textDocument: textDocument(document), position, newName: 'website' }))
            .rejects.toThrow(/built in/);
    });

    it('prepares the rename of a declared name', async () => {
        const { services, documents } = await openWorkspace();
        const document = documents['map.journey'];
        const range = await services.lsp.RenameProvider!.prepareRename(document, { textDocument: textDocument(document), position: positionOf(document, 'owner Web', 7) });
        expect(range).toMatchObject({ start: { line: 6 }, end: { line: 6 } });
    });
});
