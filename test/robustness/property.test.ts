import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { clearDocuments } from 'langium/test';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { renderDiagram } from '../../packages/diagram/src/index.js';
import { analyseJourney, checkTexts, createJourneyServices, formatText, isJourney, journeyModel, type CheckedDocument, type Document } from '../../packages/language/src/index.js';
import { csvReport } from '../../packages/cli/src/reports/csv-report.js';
import { htmlReport } from '../../packages/cli/src/reports/html-report.js';
import { jsonReport } from '../../packages/cli/src/reports/json-report.js';
import { markdownReport } from '../../packages/cli/src/reports/markdown-report.js';
import { mermaidJourney } from '../../packages/cli/src/mermaid/mermaid-export.js';
import { journeyMap, mutation } from './map-arbitraries.js';

/** `FUZZ_RUNS=100000 npm run fuzz` for a long run; the default keeps `npm test` fast. */
const runs = Number(process.env.FUZZ_RUNS ?? 0);
/** A long run takes its time: up to 100 ms a case (a short one up to 90 s, on a busy machine). */
const timeout = runs ? runs * 100 : 90_000;
const examplesFolder = resolve(import.meta.dirname, '../../examples');
const examples = readdirSync(examplesFolder).filter(name => name.endsWith('.journey')).map(name => readFileSync(resolve(examplesFolder, name), 'utf8'));

const { Journey, shared } = createJourneyServices(EmptyFileSystem, { settings: { Clock: () => ({ today: () => '2026-11-22' }) } });

async function check(text: string): Promise<CheckedDocument> {
    await clearDocuments(shared);
    const [checked] = await checkTexts(Journey, [{ uri: 'file:///fuzz/map.journey', text }]);
    return checked;
}

/** Every analysis and every report format of every journey in the document, as `journey report` builds them. */
function reportAll(root: Document): void {
    for (const journey of root.elements.filter(isJourney)) {
        const model = journeyModel(journey);
        const input = { file: 'map.journey', model, analysis: analyseJourney(model, '2026-11-22'), findings: [], bindings: [] };
        expect(htmlReport(input, '', '2026-11-22')).toContain('</html>');
        expect(markdownReport(input, '2026-11-22')).toContain('```mermaid');
        JSON.parse(jsonReport(input, '2026-11-22'));
        csvReport(input);
        mermaidJourney(model);
    }
}

function expectDiagnosticsInside(checked: CheckedDocument, text: string): void {
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const diagnostic of checked.diagnostics) {
        expect(diagnostic.range.start.line).toBeLessThan(lines);
        expect(diagnostic.range.end.line).toBeLessThan(lines);
        expect(diagnostic.message).not.toMatch(/undefined|An error occurred/);
    }
}

describe('property: generated maps', () => {
    const consoleError = vi.spyOn(console, 'error');
    afterEach(() => consoleError.mockClear());

    it('parse cleanly, check, report in every format, and format idempotently without changing what they say', async () => {
        await fc.assert(fc.asyncProperty(journeyMap, async map => {
            const checked = await check(map.text);
            expect(checked.document.parseResult.lexerErrors).toEqual([]);
            expect(checked.document.parseResult.parserErrors).toEqual([]);
            expectDiagnosticsInside(checked, map.text);
            reportAll(checked.document.parseResult.value);
            const formatted = await formatText(Journey, map.text, 'file:///fuzz/format.journey');
            expect(formatted.status).not.toBe('syntax-errors');
            const text = 'text' in formatted ? formatted.text : map.text;
            const again = await formatText(Journey, text, 'file:///fuzz/format.journey');
            expect(again.status).toBe('unchanged');
            const serialise = async (source: string) => Journey.serializer.JsonSerializer.serialize((await check(source)).document.parseResult.value, { refText: true });
            expect(await serialise(text)).toBe(await serialise(map.text));
            expect(consoleError).not.toHaveBeenCalled();
        }), { numRuns: runs || 40 });
    }, timeout);

    it('draw as well-formed SVG', async () => {
        await fc.assert(fc.asyncProperty(journeyMap, async map => {
            const journey = (await check(map.text)).document.parseResult.value.elements.find(isJourney)!;
            const svg = await renderDiagram(journeyModel(journey));
            expect(XMLValidator.validate(svg)).toBe(true);
            expect(svg).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
        }), { numRuns: runs ? Math.ceil(runs / 100) : 6 });
    }, timeout);
});

describe('property: broken examples', () => {
    const consoleError = vi.spyOn(console, 'error');
    afterEach(() => consoleError.mockClear());
    /** How many broken texts of each kind the run tried (fast-check's shrinking included). */
    const tried = new Map<string, number>();
    afterAll(() => console.info(`broken examples per kind of damage: ${[...tried].sort().map(([kind, count]) => `${kind} ${count}`).join(', ')}`));

    it('never make a check, an analysis, a report, the model or the formatter throw, and always say where the syntax breaks', async () => {
        await fc.assert(fc.asyncProperty(fc.constantFrom(...examples).chain(mutation), async ({ kind, text }) => {
            tried.set(kind, (tried.get(kind) ?? 0) + 1);
            const checked = await check(text);
            expectDiagnosticsInside(checked, text);
            const { lexerErrors, parserErrors } = checked.document.parseResult;
            if (lexerErrors.length + parserErrors.length > 0) {
                expect(checked.diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
            }
            reportAll(checked.document.parseResult.value);
            await formatText(Journey, text, 'file:///fuzz/format.journey');
            expect(consoleError).not.toHaveBeenCalled();
        }), { numRuns: runs || 150 });
    }, timeout);
});

describe('hostile sizes', () => {
    it('reads blocks nested far too deep up to a limit, with an error, instead of running out of stack', async () => {
        const depth = 100_000;
        const text = `journey J {${'stage S { '.repeat(depth)}touchpoint T${' }'.repeat(depth)}}`;
        const checked = await check(text);
        expect(checked.diagnostics[0].message).toBe('Blocks are nested more than 50 deep here; the rest of the file is not read.');
    });

    it('checks very long names and texts', async () => {
        const longName = `T${'a'.repeat(100_000)}`;
        const longText = 'x'.repeat(1_000_000);
        const checked = await check(`journey J { reviewed 2026-10-01 stage S { touchpoint ${longName} "${longText}" { channel web } } metric M at ${longName} { target 1 better higher } }`);
        // The only finding: a text over the 10,000 characters a map's texts should stay within.
        expect(checked.diagnostics.map(d => d.code)).toEqual(['text-too-long']);
    });
});
