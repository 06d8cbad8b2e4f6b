// `npm run bench`: performance figures on synthetic maps of growing size. Prints tables; asserts nothing.
// BENCH_SIZES=1000,10000 limits the sizes of the language table.
import { measureDiagram } from './diagram-bench.js';
import { measureLanguage, type LanguageFigures } from './language-bench.js';
import { measureLanguageServer } from './lsp-bench.js';
import { measurePreview } from './preview-bench.js';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

function row(cells: string[], widths: number[]): string {
    return cells.map((cell, i) => cell.padStart(widths[i])).join(' | ');
}

async function languageTable(): Promise<void> {
    console.log('\njourney check pipeline: parse -> index and scopes -> link -> reference index -> validate (fresh workspace per size)');
    const header = ['touchpoints', 'KB', 'parse ms', 'index ms', 'link ms', 'refs ms', 'validate ms', 'total ms', 'MB/s', 'ms per 1k tp', 'JSON.parse ms', 'ratio'];
    const widths = header.map(h => h.length);
    console.log(row(header, widths));
    await measureLanguage(500); // warm the JIT so the first row is not a cold-start outlier
    const results: LanguageFigures[] = [];
    for (const size of sizes) {
        const f = await measureLanguage(size);
        results.push(f);
        console.log(row([
            String(f.touchpoints), (f.bytes / 1024).toFixed(0), f.parseMs.toFixed(0), f.indexMs.toFixed(0), f.linkMs.toFixed(0),
            f.referencesMs.toFixed(0), f.validateMs.toFixed(0), f.totalMs.toFixed(0), (f.bytes / 1e6 / (f.totalMs / 1000)).toFixed(2),
            (f.totalMs / (f.touchpoints / 1000)).toFixed(1), f.jsonParseMs.toFixed(1), `${(f.totalMs / f.jsonParseMs).toFixed(0)}x`
        ], widths) + (f.diagnostics > 0 ? `   (${f.diagnostics} diagnostics)` : ''));
    }
    const first = results[0];
    const last = results[results.length - 1];
    if (first && last && last !== first) {
        const growth = (last.totalMs / first.totalMs) / (last.touchpoints / first.touchpoints);
        console.log(`cost growth ${first.touchpoints} -> ${last.touchpoints}: ${growth.toFixed(2)}x of linear`);
    }
}

async function diagramTable(): Promise<void> {
    console.log('\njourney render pipeline: model -> graph -> ELK layout -> SVG (warm: median in one process; cold: first render in a fresh process)');
    const header = ['touchpoints', 'direction', 'graph ms', 'layout ms', 'svg ms', 'warm ms', 'cold ms', 'bare elkjs cold ms', 'cold / bare'];
    const widths = header.map(h => h.length);
    console.log(row(header, widths));
    for (const f of await measureDiagram()) {
        console.log(row([
            String(f.touchpoints), f.direction, f.warm.graphMs.toFixed(0), f.warm.layoutMs.toFixed(0), f.warm.svgMs.toFixed(0), f.warm.totalMs.toFixed(0),
            f.coldMs.toFixed(0), f.bareElkColdMs.toFixed(0), `${(f.coldMs / f.bareElkColdMs).toFixed(2)}x`
        ], widths));
    }
}

async function languageServerTable(): Promise<void> {
    console.log('\nlanguage server over stdio (the bundled server, a 1,000-touchpoint map): one-character edits in the middle');
    const f = await measureLanguageServer();
    console.log(`start -> first diagnostics: ${f.firstDiagnosticsMs.toFixed(0)} ms`);
    console.log(`keystroke -> diagnostics (${f.keystrokes} edits): median ${f.keystrokeMedianMs.toFixed(0)} ms, p95 ${f.keystrokeP95Ms.toFixed(0)} ms`);
    console.log(`completion (${f.completions} requests, ${f.completionItems} items): median ${f.completionMedianMs.toFixed(0)} ms, p95 ${f.completionP95Ms.toFixed(0)} ms`);
}

async function previewTable(): Promise<void> {
    console.log('\npreview through the bundled server (warm): keystroke -> new SVG delivered');
    for (const size of [100, 1000]) {
        const f = await measurePreview(size);
        console.log(`${String(size).padStart(5)} touchpoints: first render ${f.firstRenderMs.toFixed(0)} ms; keystroke -> SVG median ${f.keystrokeMedianMs.toFixed(0)} ms, p95 ${f.keystrokeP95Ms.toFixed(0)} ms (${f.svgKilobytes.toFixed(0)} KB)`);
    }
}

await languageTable();
await diagramTable();
await languageServerTable();
await previewTable();
