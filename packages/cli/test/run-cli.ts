import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The built `journey` binary, as users run it. */
export const journeyBin = resolve(import.meta.dirname, '../bin/journey.js');

export interface CliResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Runs `journey` in `cwd` with a clean colour environment (no TTY, no NO_COLOR/FORCE_COLOR unless given). */
export function runJourney(args: string[], cwd: string, env: Record<string, string> = {}, timeout?: number): CliResult {
    const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
    // With a timeout, a run that hangs is killed and ends without an exit code.
    const result = spawnSync(process.execPath, [journeyBin, ...args], { cwd, env: { ...inherited, ...env }, encoding: 'utf8', timeout });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding the given files (relative path -> content). */
export function workspace(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'journey-cli-'));
    for (const [path, content] of Object.entries(files)) {
        const file = join(root, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
    }
    return root;
}
