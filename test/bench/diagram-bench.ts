// Diagram figures for `npm run bench`: journey model -> graph -> ELK layout -> SVG on synthetic maps, in each
// direction, warm (one process, ELK already started) and cold (a fresh node process per size), against a bare
// elkjs layout of the same ELK graph in a fresh process.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ELK from 'elkjs/lib/elk.bundled.js';
import { EmptyFileSystem } from 'langium';
import { checkTexts, createJourneyServices, isJourney, journeyModel, type JourneyModel } from '../../packages/language/src/index.js';
import {
    buildGraph, directions, elkGraph, layoutElkGraph, placeDiagram, renderDiagram, renderSvg, resolveOptions, warmUpLayout, type Direction
} from '../../packages/diagram/src/index.js';
import { syntheticWorkspace } from './synthetic-map.js';

export interface DiagramFigures {
    readonly touchpoints: number;
    readonly direction: Direction;
    /** Median of a few renders in this process, after a warm-up. */
    readonly warm: { readonly graphMs: number; readonly layoutMs: number; readonly svgMs: number; readonly totalMs: number };
    /** The first render (graph + layout + SVG) in a fresh process. */
    readonly coldMs: number;
    /** One elkjs layout of the same ELK graph, with a new ELK, in a fresh process. */
    readonly bareElkColdMs: number;
}

/** Measures the diagram pipeline for each size (default 50, 200 and 1,000 touchpoints) in each direction. */
export async function measureDiagram(sizes: readonly number[] = [50, 200, 1000]): Promise<DiagramFigures[]> {
    await warmUpLayout();
    for (const size of [50, 200, 200]) {
        await renderDiagram(await syntheticModel(size));
    }
    const figures: DiagramFigures[] = [];
    for (const touchpoints of sizes) {
        const model = await syntheticModel(touchpoints);
        for (const direction of directions) {
            const runs: Awaited<ReturnType<typeof timeStages>>[] = [];
            for (let i = 0; i < 3; i++) {
                runs.push(await timeStages(model, direction));
            }
            const median = <K extends keyof Awaited<ReturnType<typeof timeStages>>>(key: K) => runs.map(run => run[key]).sort((a, b) => a - b)[1];
            figures.push({
                touchpoints, direction,
                warm: { graphMs: median('graphMs'), layoutMs: median('layoutMs'), svgMs: median('svgMs'), totalMs: median('totalMs') },
                coldMs: inFreshProcess('render', touchpoints, direction),
                bareElkColdMs: inFreshProcess('bare-elk', touchpoints, direction)
            });
        }
    }
    return figures;
}

async function syntheticModel(touchpoints: number): Promise<JourneyModel> {
    const { Journey } = createJourneyServices(EmptyFileSystem);
    const files = Object.entries(syntheticWorkspace(touchpoints).files).map(([name, text]) => ({ uri: `file:///bench/${name}`, text }));
    const documents = await checkTexts(Journey, files);
    return journeyModel(documents.flatMap(document => document.document.parseResult.value.elements.filter(isJourney))[0]);
}

async function timeStages(model: JourneyModel, direction: Direction) {
    const start = performance.now();
    const graph = buildGraph(model, resolveOptions({ direction }));
    const built = performance.now();
    const layout = await layoutElkGraph(elkGraph(graph));
    const laidOut = performance.now();
    renderSvg(placeDiagram(graph, layout));
    const drawn = performance.now();
    return { graphMs: built - start, layoutMs: laidOut - built, svgMs: drawn - laidOut, totalMs: drawn - start };
}

type ColdTask = 'render' | 'bare-elk';

/** Runs one task in a new node process and returns the milliseconds it reports. */
function inFreshProcess(task: ColdTask, touchpoints: number, direction: Direction): number {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--cold', task, String(touchpoints), direction], { encoding: 'utf8' });
    if (child.status !== 0) {
        throw new Error(`cold ${task} of ${touchpoints} touchpoints (${direction}) failed: ${child.stderr}`);
    }
    return Number(child.stdout.trim());
}

/** In the child: time the first render, or a bare elkjs layout of the same ELK graph, once. */
async function coldTask(task: ColdTask, touchpoints: number, direction: Direction): Promise<number> {
    const model = await syntheticModel(touchpoints);
    if (task === 'render') {
        const start = performance.now();
        await renderDiagram(model, { direction });
        return performance.now() - start;
    }
    const graph = elkGraph(buildGraph(model, resolveOptions({ direction })));
    const start = performance.now();
    await new ELK().layout(graph);
    return performance.now() - start;
}

if (process.argv[2] === '--cold') {
    process.stdout.write(`${await coldTask(process.argv[3] as ColdTask, Number(process.argv[4]), process.argv[5] as Direction)}\n`);
}
