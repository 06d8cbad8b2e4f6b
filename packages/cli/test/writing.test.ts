import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteMap } from '../src/writing/write-policy.js';
import { runJourney, workspace } from './run-cli.js';

const map = (name: string) => `journey ${name} {\n  stage S { touchpoint T { channel web } }\n}\n`;
const messy = 'journey J {\nstage S { touchpoint T { channel web } }\n}\n';
const tidy = map('J');

describe('no command writes over a map or an input', () => {
    it('refuses .journey outputs, outputs that are an input behind a link, and read-only files', () => {
        const dir = workspace({ 'a.journey': map('A'), 'shared.journey': 'team T "T"\n', 'day.mmd': 'journey\n  section S\n    Go: 3: Me\n', 'locked.svg': 'old' });
        symlinkSync('a.journey', join(dir, 'alias.journey'));
        symlinkSync('a.journey', join(dir, 'out.svg'));
        chmodSync(join(dir, 'locked.svg'), 0o444);
        linkSync(join(dir, 'a.journey'), join(dir, 'hard.svg'));
        const refused: [string[], string][] = [
            [['export', 'a.journey', '-o', 'shared.journey'], 'journey: refusing to write over the map shared.journey: choose another output file\n'],
            [['export', 'alias.journey', '-o', 'a.journey'], 'journey: refusing to write over the map a.journey: choose another output file\n'],
            [['export', 'a.journey', '-o', 'new.journey'], 'journey: refusing to write new.journey: only maps are .journey files; choose another output file\n'],
            [['render', 'a.journey', '-o', 'out.svg'], 'journey: refusing to write over the map out.svg: choose another output file\n'],
            [['render', 'a.journey', '-o', 'hard.svg'], 'journey: refusing to write over hard.svg: the command reads it; choose another output file\n'],
            [['render', 'a.journey', '-o', 'locked.svg'], 'journey: refusing to write over locked.svg: it is read-only\n'],
            [['import', 'day.mmd', '-o', 'day.mmd', '--force'], 'journey: refusing to write over day.mmd: the command reads it; choose another output file\n'],
            [['import', 'day.mmd', '-o', 'alias.journey', '--force'], 'journey: refusing to write over alias.journey: it is a link to a map; choose another output file\n'],
            [['import', 'day.mmd', '-o', 'locked.svg'], 'journey: refusing to write over locked.svg: choose another output file or add --force\n'],
            [['import', 'day.mmd', '-o', 'a.journey'], 'journey: refusing to write over a.journey: choose another output file or add --force\n']
        ];
        for (const [args, stderr] of refused) {
            expect(runJourney(args, dir), args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr });
        }
        expect(readFileSync(join(dir, 'a.journey'), 'utf8')).toBe(map('A'));
        expect(readFileSync(join(dir, 'shared.journey'), 'utf8')).toBe('team T "T"\n');
        expect(lstatSync(join(dir, 'alias.journey')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'locked.svg'), 'utf8')).toBe('old');
        // import --force replaces a map that is a file of its own.
        expect(runJourney(['import', 'day.mmd', '-o', 'a.journey', '--force'], dir)).toMatchObject({ code: 0, stderr: '' });
        expect(readFileSync(join(dir, 'a.journey'), 'utf8')).toContain('journey Day');
    }, 120_000);
});

describe('outputs that are not plain new files', () => {
    it('writes through a link to the real file, keeps its mode, and writes FIFOs and devices directly', async () => {
        const dir = workspace({ 'a.journey': map('A'), 'real.svg': 'old' });
        chmodSync(join(dir, 'real.svg'), 0o600);
        symlinkSync('real.svg', join(dir, 'link.svg'));
        expect(runJourney(['render', 'a.journey', '-o', 'link.svg'], dir)).toMatchObject({ code: 0, stderr: expect.not.stringContaining('journey: ') });
        expect(lstatSync(join(dir, 'link.svg')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'real.svg'), 'utf8')).toMatch(/^<svg/);
        expect(statSync(join(dir, 'real.svg')).mode & 0o777).toBe(0o600);

        spawnSync('mkfifo', [join(dir, 'pipe.svg')]);
        const reader = spawn('sh', ['-c', 'cat pipe.svg > copy.svg'], { cwd: dir });
        const done = new Promise(resolve => reader.on('exit', resolve));
        expect(runJourney(['render', 'a.journey', '-o', 'pipe.svg'], dir)).toMatchObject({ code: 0, stderr: expect.not.stringContaining('journey: ') });
        await done;
        expect(statSync(join(dir, 'pipe.svg')).isFIFO()).toBe(true);
        expect(readFileSync(join(dir, 'copy.svg'), 'utf8')).toMatch(/^<svg/);
        if (process.getuid?.() === 0) {
            // A device node like /dev/null, made here so that a failure cannot harm the machine's own.
            spawnSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
            spawnSync('mknod', [join(dir, 'full'), 'c', '1', '7']);
            expect(runJourney(['export', 'a.journey', '-o', 'null'], dir)).toMatchObject({ code: 0, stderr: '' });
            expect(runJourney(['export', 'a.journey', '-o', 'full'], dir)).toMatchObject({ code: 2, stderr: 'journey: cannot write full: ENOSPC\n' });
            expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
            expect(statSync(join(dir, 'full')).isCharacterDevice()).toBe(true);
        }
        expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([]);
    }, 60_000);
});

describe('journey fmt rewrites a map, never replaces it', () => {
    it('keeps the mode, links, hard links and byte-order mark, and leaves read-only maps alone', () => {
        const dir = workspace({ 'private.journey': messy, 'target/real.journey': messy, 'hard.journey': messy, 'bom.journey': `\uFEFF${messy}`, 'locked.journey': messy });
        chmodSync(join(dir, 'private.journey'), 0o600);
        symlinkSync('target/real.journey', join(dir, 'link.journey'));
        linkSync(join(dir, 'hard.journey'), join(dir, 'target', 'hard-too.journey'));
        chmodSync(join(dir, 'locked.journey'), 0o444);
        const result = runJourney(['fmt', '.'], dir);
        expect(result.stdout).toBe([
            'bom.journey: formatted', 'hard.journey: formatted', 'link.journey: formatted', 'locked.journey: not formatted, the file is read-only',
            'private.journey: formatted', 'target/hard-too.journey: formatted', 'target/real.journey: formatted', '6 of 7 maps formatted, 1 left unchanged.', ''
        ].join('\n'));
        expect(result.code).toBe(1);
        expect(statSync(join(dir, 'private.journey')).mode & 0o777).toBe(0o600);
        expect(lstatSync(join(dir, 'link.journey')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'target', 'real.journey'), 'utf8')).toBe(tidy);
        expect(statSync(join(dir, 'hard.journey')).nlink).toBe(2);
        expect(readFileSync(join(dir, 'target', 'hard-too.journey'), 'utf8')).toBe(tidy);
        expect(readFileSync(join(dir, 'bom.journey'), 'utf8')).toBe(`\uFEFF${tidy}`);
        expect(readFileSync(join(dir, 'locked.journey'), 'utf8')).toBe(messy);
    });

    it('does not write a map whose text changed since fmt read it', async () => {
        const dir = workspace({ 'a.journey': 'journey J {\n// an edit saved meanwhile\n}\n' });
        expect(await rewriteMap(join(dir, 'a.journey'), messy, tidy, 'a.journey')).toBe('changed');
        expect(readFileSync(join(dir, 'a.journey'), 'utf8')).toBe('journey J {\n// an edit saved meanwhile\n}\n');
        writeFileSync(join(dir, 'a.journey'), messy);
        expect(await rewriteMap(join(dir, 'a.journey'), messy, tidy, 'a.journey')).toBe('written');
        expect(readFileSync(join(dir, 'a.journey'), 'utf8')).toBe(tidy);
        expect(await rewriteMap(join(dir, 'gone.journey'), messy, tidy, 'gone.journey')).toBe('changed');
    });
});

describe('report outputs never replace what the report reads', () => {
    it('refuses to write a CSV table over a --metrics file', () => {
        const dir = workspace({ 'a.journey': map('A').replace('}\n}', '}\n  metric M at S { target 3 }\n}'), 'out/A-metrics.csv': 'metric,value,date\nM,1,2026-01-01\n' });
        expect(runJourney(['report', 'a.journey', '-f', 'csv', '-o', 'out/', '--metrics', 'out/A-metrics.csv'], dir)).toMatchObject({
            code: 2, stderr: 'journey: refusing to write over out/A-metrics.csv: the command reads it; choose another output file\n'
        });
        expect(readFileSync(join(dir, 'out', 'A-metrics.csv'), 'utf8')).toBe('metric,value,date\nM,1,2026-01-01\n');
    });

    it('checks every file of a folder of reports before writing any', () => {
        const dir = workspace({ 'a.journey': map('A'), 'b.journey': map('B'), 'site/index.html': 'kept' });
        chmodSync(join(dir, 'site', 'index.html'), 0o444);
        expect(runJourney(['report', '.', '-o', 'site/'], dir)).toMatchObject({ code: 2, stderr: 'journey: refusing to write over site/index.html: it is read-only\n' });
        expect(readdirSync(join(dir, 'site'))).toEqual(['index.html']);
    });
});

describe('report file names never collide', () => {
    it('keeps the index apart from a journey named index, and journeys of one name in several maps apart', () => {
        const dir = workspace({ 'maps/index.journey': map('index'), 'maps/a.journey': map('Shop'), 'maps/b.journey': map('Shop') });
        const result = runJourney(['report', 'maps', '-o', 'site/'], dir);
        expect(result.stderr).toBe('');
        expect(readdirSync(join(dir, 'site')).sort()).toEqual(['Shop-a.html', 'Shop-b.html', 'index-journey.html', 'index.html']);
        const index = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
        expect(index).toContain('href="index-journey.html"');
        expect(index).toContain('href="Shop-b.html"');
        const same = workspace({ 'a.journey': map('Shop') + map('Shop') });
        expect(runJourney(['report', 'a.journey', '-o', 'site/'], same)).toMatchObject({
            code: 2, stderr: 'journey: two reports would both be written to site/Shop-a.html: rename one of the journeys\n'
        });
    });
});
