import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyBin, workspace } from './run-cli.js';

const clean = 'team Web "Web"\njourney J { reviewed 2026-10-01 stage S { touchpoint T { channel web owner Web } } metric M at T { target 1 better higher } }\n';

/** Runs `journey <args>` in the background, giving a way to wait for output and to stop it with Ctrl-C. */
function startJourney(args: string[], cwd: string) {
    const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
    const child = spawn(process.execPath, [journeyBin, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    const waiters: (() => void)[] = [];
    const notify = () => waiters.splice(0).forEach(wake => wake());
    child.stdout.on('data', chunk => { stdout += chunk; notify(); });
    child.stderr.on('data', chunk => { stderr += chunk; notify(); });
    return {
        output: () => ({ stdout, stderr }),
        /** Waits until the output satisfies `ready` (each piece of output re-tests it). */
        until: (ready: (out: { stdout: string; stderr: string }) => boolean) => new Promise<void>(resolve => {
            const test = () => ready({ stdout, stderr }) ? resolve() : waiters.push(test);
            test();
        }),
        stop: () => new Promise<number | null>(resolve => {
            child.once('exit', code => resolve(code));
            child.kill('SIGINT');
        })
    };
}

describe('--watch', () => {
    it('checks again when a map changes, and stops cleanly on Ctrl-C', async () => {
        const dir = workspace({ 'map.journey': clean });
        const run = startJourney(['check', '--watch', '--today', '2026-11-22'], dir);
        await run.until(out => out.stderr.includes('watching for changes'));
        expect(run.output().stdout).toBe('No problems in 1 map.\n');
        writeFileSync(join(dir, 'map.journey'), clean.replace('channel web', 'channel webb'));
        await run.until(out => out.stdout.includes('1 error in 1 map.'));
        expect(run.output().stdout).toMatch(/-- map\.journey changed at \d\d:\d\d:\d\d --\nmap\.journey:2:66 error unresolved-reference Unknown channel 'webb'/);
        writeFileSync(join(dir, 'journey.config.json'), '{ "checks": { "nonsense": "off" } }');
        await run.until(out => out.stderr.includes("invalid config"));
        expect(await run.stop()).toBe(0);
    }, 30_000);

    it('writes the report again when a map changes', async () => {
        const dir = workspace({ 'map.journey': clean });
        const run = startJourney(['report', 'map.journey', '--format', 'md', '--watch', '--today', '2026-11-22'], dir);
        await run.until(out => out.stderr.includes('watching for changes'));
        writeFileSync(join(dir, 'map.journey'), clean.replace('touchpoint T {', 'touchpoint T "Renamed touchpoint" {'));
        await run.until(out => out.stdout.includes('Renamed touchpoint'));
        expect(await run.stop()).toBe(0);
    }, 30_000);
});
