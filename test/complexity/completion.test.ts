import { EmptyFileSystem } from 'langium';
import { clearDocuments } from 'langium/test';
import { describe, it } from 'vitest';
import { checkTexts, createJourneyServices } from '@journey-maps/language';
import { expectLinear } from './growth.js';

describe('completion grows linearly', () => {
    it('of an emotion score on a scale of growing width', async () => {
        const { Journey, shared } = createJourneyServices(EmptyFileSystem);
        const complete = async (text: string) => {
            await clearDocuments(shared);
            const [checked] = await checkTexts(Journey, [{ uri: 'file:///complexity/scale.journey', text }]);
            const document = checked.document;
            const offset = text.indexOf('feels P ') + 'feels P '.length;
            await Journey.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        };
        await expectLinear(n => `persona P journey J { scale -${n} .. ${n} stage S { touchpoint T { feels P } } }`, complete, 250_000);
    });
});
