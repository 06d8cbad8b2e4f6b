import { EmptyFileSystem } from 'langium';
import { clearDocuments } from 'langium/test';
import { describe, it } from 'vitest';
import { batchModule, checkTexts, createJourneyServices } from '@journey-maps/language';
import { syntheticWorkspace } from '../bench/synthetic-map.js';
import { expectLinear } from './growth.js';

describe('the language grows linearly', () => {
    it('lexing a long quoted text', async () => {
        const { Journey } = createJourneyServices(EmptyFileSystem);
        const lexer = Journey.parser.Lexer;
        await expectLinear(n => `team Web "${'a'.repeat(n)}"`, text => lexer.tokenize(text), 2_000_000);
    });

    it('parse, link and validate of a map with n touchpoints', async () => {
        const { Journey, shared } = createJourneyServices(EmptyFileSystem, batchModule);
        await expectLinear(n => Object.entries(syntheticWorkspace(n).files).map(([name, text]) => ({ uri: `file:///complexity/${name}`, text })), async files => {
            await clearDocuments(shared);
            await checkTexts(Journey, files);
        }, 500);
    });
});
