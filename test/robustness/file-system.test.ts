// The built CLI against a workspace whose files are tampered with the way a careless or hostile user does it:
// links (out of the workspace, dangling, in loops), device files and FIFOs named like maps, permissions taken
// away, a writer changing a map while the command runs, and very long texts. Whatever it meets, a command ends
// within its time, exits 0, 1 or 2 with no stack trace and no raw control character, and writes nothing outside
// the workspace (but through a map that links out) or over a device. `npm run fuzz` tries more cases and prints how many of each kind it ran.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

const runs = Number(process.env.FUZZ_RUNS ?? 0);
/** A case starts a process (about a second): a long run tries one case per 2,000 of the in-process ones. */
const cases = runs ? Math.ceil(runs / 2_000) : 5;
const journeyBin = resolve(import.meta.dirname, '../../packages/cli/bin/journey.js');
const examplesFolder = resolve(import.meta.dirname, '../../examples');
const maps = readdirSync(examplesFolder).filter(name => name.endsWith('.journey')).sort();
const today = '2026-11-22';
const unformatted = 'team  Outside   "Not to be formatted"\n';

const kinds = ['symlink', 'device file', 'permissions', 'concurrent writer', 'long text'] as const;
type Kind = typeof kinds[number];
const commands = ['check', 'fmt', 'report'] as const;

interface Case {
    readonly kind: Kind;
    readonly map: number;
    readonly variant: number;
    readonly command: typeof commands[number];
}

interface Run {
    readonly code: number | null;
    readonly signal: NodeJS.Signals | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the CLI in `cwd`; `during` runs while it does (a concurrent writer), until the process ends. */
function runCli(args: readonly string[], cwd: string, during?: () => void): Promise<Run> {
    return new Promise(done => {
        const child = spawn(process.execPath, [journeyBin, ...args], { cwd, timeout: 60_000 });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += String(chunk); });
        child.stderr.on('data', chunk => { stderr += String(chunk); });
        const writer = during && setInterval(during, 3);
        child.on('close', (code, signal) => {
            if (writer) clearInterval(writer);
            done({ code, signal, stdout, stderr });
        });
    });
}

/** A copy of the examples (a workspace of their own) in a fresh folder, beside a folder "outside" it. */
function freshWorkspace(): { root: string; dir: string; outside: string } {
    const root = mkdtempSync(join(tmpdir(), 'journey-fs-fuzz-'));
    const dir = join(root, 'maps');
    const outside = join(root, 'outside');
    mkdirSync(dir);
    mkdirSync(outside);
    for (const name of [...maps, 'journey.config.json']) {
        copyFileSync(join(examplesFolder, name), join(dir, name));
    }
    writeFileSync(join(outside, 'elsewhere.journey'), unformatted);
    writeFileSync(join(outside, 'untouched.journey'), unformatted);
    return { root, dir, outside };
}

/** Tampers with the workspace as the case says; returns what to do while the command runs, if anything. */
function tamper(test: Case, dir: string, outside: string): (() => void) | undefined {
    const name = maps[test.map % maps.length];
    const file = join(dir, name);
    const replaceBy = (make: () => void) => {
        rmSync(file);
        make();
    };
    switch (test.kind) {
        case 'symlink':
            [
                () => replaceBy(() => symlinkSync(join(outside, 'elsewhere.journey'), file)),
                () => replaceBy(() => symlinkSync(join(dir, 'missing.journey'), file)),
                () => replaceBy(() => { symlinkSync(join(dir, 'other.journey'), file); symlinkSync(file, join(dir, 'other.journey')); }),
                () => symlinkSync(file, join(dir, 'alias.journey')),
                () => symlinkSync('.', join(dir, 'loop'))
            ][test.variant % 5]();
            return undefined;
        case 'device file': {
            const devices = ['/dev/zero', '/dev/null', '/dev/urandom', '/dev/full'];
            if (test.variant % 5 === 4) {
                replaceBy(() => spawnSyncMkfifo(file));
            } else {
                replaceBy(() => symlinkSync(devices[test.variant % 5], file));
            }
            return undefined;
        }
        case 'permissions':
            [
                () => chmodSync(file, 0o000),
                () => chmodSync(file, 0o444),
                () => chmodSync(file, 0o200),
                () => { mkdirSync(join(dir, 'locked')); copyFileSync(file, join(dir, 'locked', 'copy.journey')); chmodSync(join(dir, 'locked'), 0o000); },
                () => chmodSync(dir, 0o555)
            ][test.variant % 5]();
            return undefined;
        case 'concurrent writer': {
            const original = readFileSync(file, 'utf8');
            const versions = [original, original.slice(0, Math.floor(original.length / 2)), `${original}\n// appended\n`, ''];
            let turn = test.variant;
            return () => {
                try {
                    writeFileSync(file, versions[turn++ % versions.length]);
                } catch {
                    // The command may hold the file for a moment; the next turn writes again.
                }
            };
        }
        case 'long text': {
            const length = [100_000, 1_000_000, 4_500_000][test.variant % 3];
            const text = test.variant % 2 === 0 ? 'x'.repeat(length) : 'a few words\n'.repeat(Math.ceil(length / 12));
            const quote = test.variant % 2 === 0 ? '"' : '"""';
            // A team's description at the end of the map: a text the map really holds (not one in a comment, whose
            // lines would be read as hundreds of thousands of lines of code, each its own finding).
            writeFileSync(file, `${readFileSync(file, 'utf8')}\nteam LongText "Long text" {\n  description ${quote}${text}${quote}\n}\n`);
            return undefined;
        }
    }
}

function spawnSyncMkfifo(path: string): void {
    // mkfifo has no Node API; the system's command makes one.
    const made = spawnSync('mkfifo', [path]);
    expect(made.status).toBe(0);
}

describe('the CLI against tampered files', () => {
    const tried = new Map<Kind, number>();
    afterAll(() => console.info(`tampered workspaces per kind: ${kinds.map(kind => `${kind} ${tried.get(kind) ?? 0}`).join(', ')}`));

    it('ends in time, with exit 0, 1 or 2, no stack trace, printable output, and nothing written outside', async () => {
        const devices = ['/dev/null', '/dev/zero', '/dev/full'].filter(device => { try { return statSync(device).isCharacterDevice(); } catch { return false; } });
        const arbitrary = fc.record({ kind: fc.constantFrom(...kinds), map: fc.nat(maps.length - 1), variant: fc.nat(29), command: fc.constantFrom(...commands) });
        await fc.assert(fc.asyncProperty(arbitrary, async test => {
            tried.set(test.kind, (tried.get(test.kind) ?? 0) + 1);
            const { root, dir, outside } = freshWorkspace();
            try {
                const during = tamper(test, dir, outside);
                const args = test.command === 'report' ? ['report', '.', '-f', 'json', '-o', join(root, 'reports'), '--today', today]
                    : test.command === 'check' ? ['check', '.', '--today', today] : ['fmt', '.'];
                const run = await runCli(args, dir, during);
                const label = `${test.kind} #${test.variant} ${test.command} ${maps[test.map]}: ${run.stderr}`;
                expect(run.signal, label).toBeNull();
                expect([0, 1, 2], label).toContain(run.code);
                expect(run.stderr, label).not.toMatch(/\n\s+at |TypeError|RangeError|ReferenceError/);
                expect(`${run.stdout}${run.stderr}`.replace(/\n/g, ''), label).not.toMatch(/[\u0000-\u001f\u007f]/);
                // A map that is a link is formatted where it leads (fmt follows links): the linked file may be formatted,
                // nothing else outside is touched.
                expect([unformatted, 'team Outside "Not to be formatted"\n']).toContain(readFileSync(join(outside, 'elsewhere.journey'), 'utf8'));
                expect(readFileSync(join(outside, 'untouched.journey'), 'utf8')).toBe(unformatted);
                for (const device of devices) {
                    expect(statSync(device).isCharacterDevice(), device).toBe(true);
                }
            } finally {
                chmodSync(dir, 0o755);
                for (const locked of [join(dir, 'locked')]) {
                    try { chmodSync(locked, 0o755); } catch { /* not made by this case */ }
                }
                rmSync(root, { recursive: true, force: true });
            }
        }), { numRuns: cases });
    }, cases * 90_000);
});
