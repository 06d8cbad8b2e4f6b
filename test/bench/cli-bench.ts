import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticWorkspace } from './synthetic-map.js';

/** One command, run as a whole process. */
export interface Run {
    readonly label: string;
    readonly args: readonly string[];
    readonly cwd: string;
}

/** Medians over the rounds of one run: wall time, CPU time of all the process's threads, peak resident memory. */
export interface ProcessFigures {
    readonly wallMs: number;
    readonly cpuMs: number;
    readonly peakMb: number;
}

const usagePreload = resolve(import.meta.dirname, 'process-usage.cjs');
export const journeyBin = resolve(import.meta.dirname, '../../packages/cli/bin/journey.js');

function once(run: Run, usageFile: string): ProcessFigures {
    rmSync(usageFile, { force: true });
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--require', usagePreload, ...run.args], {
        cwd: run.cwd, env: { ...process.env, NO_COLOR: '1', JOURNEY_BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024
    });
    const wallMs = performance.now() - start;
    if (result.status !== 0) {
        throw new Error(`${run.label} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
    }
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; peakMb: number };
    return { wallMs, ...usage };
}

const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs each command `rounds` times, alternating between them in every round (A, B, C, A, B, C, ...), so that
 * a machine shared with other work slows them alike; returns the medians, by label.
 */
export function alternate(runs: readonly Run[], rounds: number): Map<string, ProcessFigures> {
    const folder = mkdtempSync(join(tmpdir(), 'journey-bench-usage-'));
    const samples = new Map(runs.map(run => [run.label, [] as ProcessFigures[]]));
    try {
        for (let round = 0; round < rounds; round++) {
            for (const run of runs) {
                samples.get(run.label)!.push(once(run, join(folder, 'usage.json')));
            }
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
    return new Map([...samples].map(([label, figures]) => [label, {
        wallMs: median(figures.map(f => f.wallMs)), cpuMs: median(figures.map(f => f.cpuMs)), peakMb: median(figures.map(f => f.peakMb))
    }]));
}

/** A folder holding the synthetic workspace of `touchpoints`, and the same content as JSON beside it. */
export function writeSyntheticWorkspace(root: string, touchpoints: number): { folder: string; json: string } {
    const workspace = syntheticWorkspace(touchpoints);
    const folder = join(root, `map-${touchpoints}`);
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(workspace.files)) {
        writeFileSync(join(folder, name), text);
    }
    const json = join(root, `map-${touchpoints}.json`);
    writeFileSync(json, workspace.json);
    return { folder, json };
}

/** One workspace of `maps` synthetic maps of `touchpoints` each, with their shared personas and teams. */
export function writeManyMaps(root: string, maps: number, touchpoints: number): string {
    const folder = join(root, `maps-${maps}x${touchpoints}`);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < maps; i++) {
        const workspace = syntheticWorkspace(touchpoints, `Synthetic${i}`);
        writeFileSync(join(folder, `map-${i}.journey`), workspace.files['synthetic.journey']);
        writeFileSync(join(folder, 'shared.journey'), workspace.files['shared.journey']);
    }
    return folder;
}

/** A node process that reads and JSON.parses one file: the floor `journey check` is compared with. */
export const jsonParseArgs = (file: string) => ['-e', "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))", file];
