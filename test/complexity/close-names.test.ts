import { EmptyFileSystem } from 'langium';
import { clearDocuments } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { batchModule, checkTexts, createJourneyServices } from '@journey-maps/language';
import { expectLinear } from './growth.js';

/**
 * A workspace of n teams and a map of n touchpoints, each with a misspelt owner (`Taem7` for `Team7`), channel and
 * persona, and a flow through n touchpoints that do not exist: 4n unknown names, each with a suggestion to look for.
 * Numbers have four digits at both sizes, so that every name allows as many edits and has as many close names.
 */
function misspeltWorkspace(n: number) {
    const id = (i: number) => String(i).padStart(4, '0');
    const teams = Array.from({ length: n }, (_, i) => `team Team${id(i)} "Team ${i}"`);
    const stages = Array.from({ length: Math.ceil(n / 10) }, (_, s) => [
        `  stage S${s} {`,
        ...Array.from({ length: Math.min(10, n - s * 10) }, (_, k) => `    touchpoint T${id(s * 10 + k)} "Touchpoint" { channel webb owner Taem${id(s * 10 + k)} feels Sarha 0 }`),
        '  }'
    ]).flat();
    const map = [
        'journey Big "Big map" {', '  personas Sarah', ...stages,
        '  flow Sarah {', ...Array.from({ length: n }, (_, i) => `    X${id(i)} -> T${id(i)}`), '  }', '}'
    ];
    return [
        { uri: 'file:///complexity/shared.journey', text: ['persona Sarah "Sarah"', ...teams, ''].join('\n') },
        { uri: 'file:///complexity/map.journey', text: map.join('\n') + '\n' }
    ];
}

describe('suggestions for misspelt names grow linearly', () => {
    it('parse, link and validate of a map with n misspelt names of each kind', async () => {
        const { Journey, shared } = createJourneyServices(EmptyFileSystem, batchModule);
        await expectLinear(misspeltWorkspace, async files => {
            await clearDocuments(shared);
            await checkTexts(Journey, files);
        }, 500);
    });

    it('the quick fixes for every unknown name of such a map', async () => {
        // One workspace per size, both checked before the timing, so that each keeps its own names.
        const checked = async (n: number) => {
            const { Journey } = createJourneyServices(EmptyFileSystem);
            const [, map] = await checkTexts(Journey, misspeltWorkspace(n));
            const diagnostics = map.diagnostics.filter(diagnostic => diagnostic.code === 'unresolved-reference');
            expect(diagnostics.length).toBeGreaterThanOrEqual(4 * n);
            return { provider: Journey.lsp.CodeActionProvider!, document: map.document, diagnostics };
        };
        // Larger than the check's n: each run at n=500 lasts a few ms, where a collection of the heap counts for much.
        const small = await checked(1000);
        const large = await checked(4000);
        await expectLinear(n => (n === 1000 ? small : large), async ({ provider, document, diagnostics }) => {
            const actions = await provider.getCodeActions(document, {
                textDocument: { uri: document.textDocument.uri }, range: diagnostics[0].range, context: { diagnostics }
            }) as CodeAction[];
            expect(actions.some(action => action.title === "Change to 'Team0007'")).toBe(true);
        }, 1000);
    });
});
