// `npm run bench`: performance figures on synthetic maps of growing size. Prints tables and ratios; asserts nothing.
// Needs the built CLI (`npm run build`). Flags (after `npm run bench --`):
//   --sizes 1000,10000      map sizes in touchpoints for the whole-process and language tables (default
//                           1000,10000,50000; BENCH_SIZES too)
//   --maps 1000             maps of 50 touchpoints in the one-workspace run (0 leaves it out)
//   --rounds 11             rounds of the start-up table (the size tables take fewer as maps grow)
//   --baseline <journey.js> another build of the CLI, run alternately with this one, e.g. one built from main
//   --only cli,language,diagram,editor,preview   the sections to run (default: all)
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alternate, journeyBin, jsonParseArgs, writeManyMaps, writeSyntheticWorkspace, type ProcessFigures, type Run } from './cli-bench.js';
import { measureDiagram } from './diagram-bench.js';
import { buildLangiumFloor, buildParseOnly } from './start-up-floors.js';
import { measureLanguage, type LanguageFigures } from './language-bench.js';
import { measureLanguageServer } from './lsp-bench.js';
import { measurePreview } from './preview-bench.js';

const { values: flags } = parseArgs({
    options: {
        sizes: { type: 'string', default: process.env.BENCH_SIZES ?? '1000,10000,50000' },
        maps: { type: 'string', default: '1000' },
        rounds: { type: 'string', default: '11' },
        baseline: { type: 'string' },
        only: { type: 'string', default: 'cli,language,diagram,editor,preview' }
    }
});
const sizes = flags.sizes.split(',').map(Number);
const sections = new Set(flags.only.split(','));
const baseline = flags.baseline && resolve(flags.baseline);

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

const times = (value: number) => `${value.toFixed(2)}x`;
const withinTarget = (value: number, target: number) => `${times(value)} (target ${times(target)}: ${value <= target ? 'met' : 'NOT met'})`;

/** The CLI against this one built elsewhere (--baseline), alternately, when given: the runs of both. */
function withBaseline(label: string, args: string[], cwd: string): Run[] {
    const runs = [{ label, args: [journeyBin, ...args], cwd }];
    return baseline ? [...runs, { label: `baseline ${label}`, args: [baseline, ...args], cwd }] : runs;
}

function baselineCells(figures: Map<string, ProcessFigures>, label: string): string[] {
    const base = figures.get(`baseline ${label}`);
    const own = figures.get(label)!;
    return base ? [base.wallMs.toFixed(0), times(own.wallMs / base.wallMs), times(own.cpuMs / base.cpuMs)] : [];
}

const baselineHeader = baseline ? ['baseline ms', 'wall / baseline', 'CPU / baseline'] : [];

async function startUpTable(root: string): Promise<void> {
    const rounds = Number(flags.rounds);
    const small = writeSyntheticWorkspace(root, 50).folder;
    const floor = await buildLangiumFloor(root);
    const parseOnly = await buildParseOnly(root);
    const smallMaps = readdirSync(small).map(name => join(small, name));
    console.log(`\nstart-up, whole processes: medians of ${rounds} rounds run alternately (wall and CPU time of all threads)`);
    const figures = alternate([
        { label: 'node -e 0', args: ['-e', '0'], cwd: root },
        { label: 'Langium hello-world check', args: [floor.bin, 'check', floor.file], cwd: root },
        { label: 'parse only (50 tp)', args: [parseOnly, ...smallMaps], cwd: root },
        ...withBaseline('journey --version', ['--version'], root),
        ...withBaseline('journey check (50 tp)', ['check', '.'], small)
    ], rounds);
    const header = ['process', 'wall ms', 'CPU ms', 'peak MB', 'wall / node -e 0', 'CPU / node -e 0', ...baselineHeader];
    const widths = [28, ...header.slice(1).map(h => h.length)];
    console.log(row(header, widths));
    const node = figures.get('node -e 0')!;
    for (const [label, f] of figures) {
        if (!label.startsWith('baseline')) {
            console.log(row([label, f.wallMs.toFixed(0), f.cpuMs.toFixed(0), f.peakMb.toFixed(0), times(f.wallMs / node.wallMs),
                times(f.cpuMs / node.cpuMs), ...(label.startsWith('journey') ? baselineCells(figures, label) : [])], widths));
        }
    }
    const check = figures.get('journey check (50 tp)')!;
    const helloWorld = figures.get('Langium hello-world check')!;
    const parsing = figures.get('parse only (50 tp)')!;
    console.log(`journey --version: ${withinTarget(figures.get('journey --version')!.wallMs / node.wallMs, 1.5)} of node -e 0; `
        + `journey check of 50 touchpoints: ${withinTarget(check.wallMs / node.wallMs, 2.5)}`);
    console.log(`the stack's floor: Langium's hello-world language (2 rules, 4 lines) checks in ${times(helloWorld.wallMs / node.wallMs)} of node -e 0; `
        + `journey check of 50 touchpoints takes ${times(check.wallMs / helloWorld.wallMs)} of it (wall), ${times(check.cpuMs / helloWorld.cpuMs)} (CPU); `
        + `building this language's parser and parsing the same 50 touchpoints alone takes ${times(parsing.wallMs / node.wallMs)} of node -e 0`);
}

function throughputTable(root: string): void {
    console.log('\njourney check, whole process, against a node process that reads and JSON.parses the same content as JSON'
        + ' (medians of rounds run alternately: 5 at 1,000 touchpoints, fewer for larger maps)');
    const header = ['touchpoints', 'JSON ms', 'check ms', 'check CPU ms', 'wall / JSON', 'CPU / JSON', 'ms per 1k tp', 'peak MB', ...baselineHeader];
    const widths = header.map(h => h.length);
    console.log(row(header, widths));
    const results: { touchpoints: number; check: ProcessFigures; json: ProcessFigures }[] = [];
    for (const touchpoints of sizes) {
        const { folder, json } = writeSyntheticWorkspace(root, touchpoints);
        const rounds = Math.max(1, Math.min(5, Math.round(10 / Math.sqrt(touchpoints / 1000))));
        const figures = alternate([{ label: 'JSON', args: jsonParseArgs(json), cwd: root }, ...withBaseline('check', ['check', '.'], folder)], rounds);
        const check = figures.get('check')!;
        const parse = figures.get('JSON')!;
        results.push({ touchpoints, check, json: parse });
        console.log(row([String(touchpoints), parse.wallMs.toFixed(0), check.wallMs.toFixed(0), check.cpuMs.toFixed(0), times(check.wallMs / parse.wallMs),
            times(check.cpuMs / parse.cpuMs), (check.wallMs / (touchpoints / 1000)).toFixed(0), check.peakMb.toFixed(0), ...baselineCells(figures, 'check')], widths));
    }
    const at = (touchpoints: number) => results.find(r => r.touchpoints === touchpoints);
    const tenThousand = at(10000);
    if (tenThousand) {
        console.log(`check of 10,000 touchpoints: ${withinTarget(tenThousand.check.wallMs / tenThousand.json.wallMs, 15)} of the JSON process`);
    }
    const from = tenThousand ?? results[0];
    const to = results[results.length - 1];
    if (from && to && to !== from) {
        const growth = (to.check.wallMs / from.check.wallMs) / (to.touchpoints / from.touchpoints);
        console.log(`cost growth ${from.touchpoints} -> ${to.touchpoints} touchpoints: ${times(growth)} of linear`);
    }
    const fiftyThousand = at(50000);
    if (fiftyThousand) {
        console.log(`peak memory at 50,000 touchpoints: ${fiftyThousand.check.peakMb.toFixed(0)} MB (target under 600 MB: ${fiftyThousand.check.peakMb < 600 ? 'met' : 'NOT met'})`);
    }
}

function manyMapsTable(root: string): void {
    const maps = Number(flags.maps);
    if (maps === 0) {
        return;
    }
    const folder = writeManyMaps(root, maps, 50);
    const figures = alternate(withBaseline('check', ['check', '.'], folder), 1);
    const check = figures.get('check')!;
    const base = figures.get('baseline check');
    console.log(`\n${maps} maps of 50 touchpoints in one workspace, one journey check: ${(check.wallMs / 1000).toFixed(1)} s `
        + `(CPU ${(check.cpuMs / 1000).toFixed(1)} s, peak ${check.peakMb.toFixed(0)} MB; target under 20 s: ${check.wallMs < 20000 ? 'met' : 'NOT met'})`
        + (base ? `; baseline ${(base.wallMs / 1000).toFixed(1)} s, ${times(check.wallMs / base.wallMs)}` : ''));
}

if (sections.has('cli')) {
    const root = mkdtempSync(join(tmpdir(), 'journey-bench-'));
    try {
        await startUpTable(root);
        throughputTable(root);
        manyMapsTable(root);
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}
if (sections.has('language')) {
    await languageTable();
}
if (sections.has('diagram')) {
    await diagramTable();
}
if (sections.has('editor')) {
    await languageServerTable();
}
if (sections.has('preview')) {
    await previewTable();
}
