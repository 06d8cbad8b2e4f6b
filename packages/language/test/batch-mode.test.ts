import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { batchModule, checkTexts, createJourneyCoreServices, createJourneyServices, isPersona } from '../src/index.js';

const folder = resolve(import.meta.dirname, '../../../examples');
const sources = readdirSync(folder).filter(name => name.endsWith('.journey'))
    .map(name => ({ uri: `file:///examples/${name}`, text: readFileSync(resolve(folder, name), 'utf8').replace('reviewed 2026-10-15', 'reviewed 2020-01-01') }));

describe('batch mode (journey check)', () => {
    it('finds exactly what the editor finds, with the core services and without building the index of references', async () => {
        const clock = { settings: { Clock: () => ({ today: () => '2026-11-22' }) } };
        const editor = createJourneyServices(EmptyFileSystem, clock);
        const batch = createJourneyCoreServices(EmptyFileSystem, batchModule, clock);
        expect(batch.Journey).not.toHaveProperty('lsp');
        const inEditor = await checkTexts(editor.Journey, sources);
        const inBatch = await checkTexts(batch.Journey, sources);
        const findings = (checked: typeof inEditor) => checked.flatMap(c => c.diagnostics.map(d => `${c.uri}:${d.range.start.line}:${d.range.start.character} ${String(d.code)}`));
        expect(findings(inBatch)).toEqual(findings(inEditor));
        expect(findings(inBatch).length).toBeGreaterThan(0);
        const sarah = (checked: typeof inEditor, services: typeof batch) => {
            const shared = checked.find(c => c.uri.endsWith('/shared.journey'))!;
            const persona = shared.document.parseResult.value.elements.find(isPersona)!;
            return services.shared.workspace.IndexManager.findAllReferences(persona, services.Journey.workspace.AstNodeLocator.getAstNodePath(persona)).count();
        };
        expect(sarah(inEditor, editor)).toBeGreaterThan(0);
        expect(sarah(inBatch, batch)).toBe(0);
    });

    it('validates only the documents asked for, finding in each exactly what a check of every document finds there', async () => {
        const clock = { settings: { Clock: () => ({ today: () => '2026-11-22' }) } };
        const withGhost = sources.map(source => source.uri.endsWith('/shared.journey') ? { ...source, text: `${source.text}\npersona Ghost "Nobody"\n` } : source);
        const findings = (checked: Awaited<ReturnType<typeof checkTexts>>) =>
            checked.flatMap(c => c.diagnostics.map(d => `${c.uri}:${d.range.start.line}:${d.range.start.character} ${String(d.code)}`));
        const everything = findings(await checkTexts(createJourneyCoreServices(EmptyFileSystem, batchModule, clock).Journey, withGhost));
        // A map that declares no persona; then the shared file, whose unused-persona check needs every map's references.
        for (const name of ['activewear-first-purchase.journey', 'shared.journey']) {
            const uri = `file:///examples/${name}`;
            const some = findings(await checkTexts(createJourneyCoreServices(EmptyFileSystem, batchModule, clock).Journey, withGhost, { validate: new Set([uri]) }));
            expect(some).toEqual(everything.filter(finding => finding.startsWith(`${uri}:`)));
            expect(some.length).toBeGreaterThan(0);
        }
        expect(everything.filter(finding => finding.endsWith('unused-persona'))).toHaveLength(1);
    });
});
