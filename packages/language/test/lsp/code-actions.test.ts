import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { checkFiles } from '../check-helper.js';
import { map, openWorkspace, shared, textDocument } from './lsp-helper.js';

/** Applies the first quick fix offered for `code` in map.journey and returns the fixed text and its findings. */
async function applyFix(text: string, code: string, title?: RegExp): Promise<{ titles: string[]; fixed: string; codes: string[] }> {
    const { services, documents } = await openWorkspace({ 'shared.journey': shared, 'map.journey': text });
    const document = documents['map.journey'];
    const diagnostics = (document.diagnostics ?? []).filter((d: Diagnostic) => d.code === code);
    expect(diagnostics.length, `no ${code} in the map`).toBeGreaterThan(0);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: textDocument(document), range: diagnostics[0].range, context: { diagnostics }
    }) as CodeAction[];
    const chosen = actions.find(action => !title || title.test(action.title));
    expect(chosen, `no fix among ${actions.map(a => a.title).join(', ')}`).toBeDefined();
    const fixed = TextDocument.applyEdits(document.textDocument, chosen!.edit!.changes![document.textDocument.uri]);
    const [rechecked] = await checkFiles({ 'map.journey': fixed, 'shared.journey': shared });
    return { titles: actions.map(action => action.title), fixed, codes: rechecked.diagnostics.map(d => String(d.code)) };
}

describe('quick fixes', () => {
    it('create a missing persona or team', async () => {
        const result = await applyFix(map.replace('owner Web\n      feels', 'owner Design\n      feels'), 'unresolved-reference');
        expect(result.titles).toEqual(["Create team 'Design'"]);
        expect(result.fixed.endsWith('}\nteam Design "Design"\n')).toBe(true);
        expect(result.codes).toEqual([]);
    });

    it('add an opportunity for an unaddressed pain', async () => {
        const result = await applyFix(map.replace('solves Surprise ', ''), 'pain-without-opportunity');
        expect(result.titles).toEqual(["Add an opportunity for 'Surprise'"]);
        expect(result.fixed).toContain('  opportunity AddressSurprise "Address: Surprise shipping costs" {\n    solves Surprise\n    owner CX\n  }\n}\n');
        expect(result.codes).toEqual([]);
    });

    it('clamp an emotion to the scale', async () => {
        const result = await applyFix(map.replace('feels Sarah -1', 'feels Sarah -5'), 'emotion-off-scale');
        expect(result.titles).toEqual(['Set the score to -2, the end of the scale']);
        expect(result.fixed).toContain('feels Sarah -2 "anxious"');
        expect(result.codes).toEqual([]);
    });

    it('add a missing owner, one fix per team', async () => {
        const result = await applyFix(map.replace('solves Surprise owner Web', 'solves Surprise'), 'opportunity-without-owner', /'Web'/);
        expect(result.titles).toEqual(["Set the owner to 'CX'", "Set the owner to 'Web'"]);
        expect(result.fixed).toContain('opportunity Early "Show shipping early" { owner Web solves Surprise status planned }');
        expect(result.codes).toEqual([]);
    });

    it('say which direction of a metric is better', async () => {
        const result = await applyFix(map.replace('baseline 70 target 60 better lower', 'target 60'), 'metric-without-direction', /lower/);
        expect(result.titles).toEqual(['Say that lower is better', 'Say that higher is better']);
        expect(result.fixed).toContain('at Checkout { better lower unit % target 60 }');
        expect(result.codes).toEqual([]);
    });

    it('update a stale review date', async () => {
        const result = await applyFix(map.replace('reviewed 2026-10-01', 'reviewed 2025-01-01'), 'stale-map');
        expect(result.titles).toEqual(['Mark as reviewed today (2026-11-22)']);
        expect(result.fixed).toContain('reviewed 2026-11-22 every quarter');
        expect(result.codes).toEqual([]);
    });
});
