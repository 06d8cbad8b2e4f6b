import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { checkFiles } from '../check-helper.js';
import { map, openWorkspace, shared, textDocument } from './lsp-helper.js';

/**
 * Applies the first quick fix offered for `code` in map.journey (to whichever files it edits) and returns the
 * titles offered, the fixed texts and the findings of the fixed map.
 */
async function applyFix(text: string, code: string, title?: RegExp): Promise<{ titles: string[]; preferred: string[]; fixed: string; fixedShared: string; codes: string[] }> {
    const { services, documents } = await openWorkspace({ 'shared.journey': shared, 'map.journey': text });
    const document = documents['map.journey'];
    const sharedDocument = documents['shared.journey'];
    const diagnostics = (document.diagnostics ?? []).filter((d: Diagnostic) => d.code === code);
    expect(diagnostics.length, `no ${code} in the map`).toBeGreaterThan(0);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: textDocument(document), range: diagnostics[0].range, context: { diagnostics }
    }) as CodeAction[];
    const chosen = actions.find(action => !title || title.test(action.title));
    expect(chosen, `no fix among ${actions.map(a => a.title).join(', ')}`).toBeDefined();
    const changes = chosen!.edit!.changes!;
    const fixed = TextDocument.applyEdits(document.textDocument, changes[document.textDocument.uri] ?? []);
    const fixedShared = TextDocument.applyEdits(sharedDocument.textDocument, changes[sharedDocument.textDocument.uri] ?? []);
    const [rechecked] = await checkFiles({ 'map.journey': fixed, 'shared.journey': fixedShared });
    return {
        titles: actions.map(action => action.title), preferred: actions.filter(action => action.isPreferred).map(action => action.title),
        fixed, fixedShared, codes: rechecked.diagnostics.map(d => String(d.code))
    };
}

describe('quick fixes', () => {
    it('create a missing persona or team with the others of its kind, in shared.journey', async () => {
        const result = await applyFix(map.replace('owner Web\n      feels', 'owner Design\n      feels'), 'unresolved-reference');
        expect(result.titles).toEqual(["Create team 'Design'"]);
        expect(result.fixedShared).toContain('team CX "Customer experience"\nteam Design "Design"\n');
        expect(result.codes).toEqual([]);
    });

    it('change a misspelt name to the declared one first, then offer to create it', async () => {
        const result = await applyFix(map.replace('channel web', 'channel webb'), 'unresolved-reference');
        expect(result.titles).toEqual(["Change to 'web'", "Create channel 'webb'"]);
        expect(result.preferred).toEqual(["Change to 'web'"]);
        expect(result.fixed).toContain('      channel web\n');
        expect(result.codes).toEqual([]);
        const created = await applyFix(map.replace('channel web', 'channel webb'), 'unresolved-reference', /Create/);
        expect(created.fixedShared).toMatch(/channel webb "webb"\n$/);
        expect(created.fixed).toBe(map.replace('channel web', 'channel webb'));
    });

    it('close a block left open, and open a block whose brace is missing', async () => {
        const unclosed = await applyFix(map.replace('moment of truth { score ease 2 }\n    }\n', 'moment of truth { score ease 2 }\n'), 'syntax-error');
        expect(unclosed.titles).toEqual(["Close it with '}' before line 10"]);
        expect(unclosed.fixed).toBe(map);
        const unopened = await applyFix(map.replace('touchpoint Checkout "Checkout page" {', 'touchpoint Checkout "Checkout page"'), 'syntax-error');
        expect(unopened.titles).toEqual(["Add '{' at the end of line 5"]);
        expect(unopened.fixed).toBe(map);
    });

    it('write a date in another shape as YYYY-MM-DD', async () => {
        const result = await applyFix(map.replace('reviewed 2026-10-01', 'reviewed 01.10.2026'), 'invalid-date');
        expect(result.titles).toEqual(['Change to 2026-10-01']);
        expect(result.fixed).toBe(map);
        expect(result.codes).toEqual([]);
    });

    it('change a misspelt keyword, and leave out a list where one value goes', async () => {
        const misspelt = await applyFix(map.replace('touchpoint Checkout', 'touchpiont Checkout'), 'syntax-error');
        expect(misspelt.titles).toEqual(["Change to 'touchpoint'"]);
        expect(misspelt.fixed).toBe(map);
        const list = await applyFix(map.replace('owner Web\n      feels', 'owner Web, CX\n      feels'), 'syntax-error');
        expect(list.titles).toEqual(["Keep only 'Web'"]);
        expect(list.fixed).toBe(map);
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
