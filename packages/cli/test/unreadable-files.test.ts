import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const today = '2026-11-22';
const clean = 'team Web "Web"\njourney J {\n  reviewed 2026-10-01\n  stage S { touchpoint T { channel web owner Web } }\n  metric M at T { target 1 better higher }\n}\n';
const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
    const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
    return endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]));
};

/** A folder with one clean map and the given bad files. */
function folderWith(bad: Record<string, Uint8Array>): string {
    const dir = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'clean.journey': clean });
    for (const [name, bytes] of Object.entries(bad)) {
        writeFileSync(join(dir, name), bytes);
    }
    return dir;
}

describe('maps that cannot be read as UTF-8 text', () => {
    it.each([
        ['UTF-16 LE with a byte-order mark', utf16('team A "A"\n', 'le', true), 'The file is saved as UTF-16: save it as UTF-8.'],
        ['UTF-16 BE with a byte-order mark', utf16('team A "A"\n', 'be', true), 'The file is saved as UTF-16: save it as UTF-8.'],
        ['UTF-16 LE without one', utf16('team A "A"\n', 'le', false), 'The file is saved as UTF-16: save it as UTF-8.'],
        ['UTF-16 BE without one', utf16('team A "A"\n', 'be', false), 'The file is saved as UTF-16: save it as UTF-8.'],
        ['NUL bytes', Buffer.from('team A\u0000 "A"\n'), 'The file is not text (it contains NUL bytes).'],
        ['Latin-1', Buffer.from([0x74, 0x65, 0x61, 0x6d, 0x20, 0xe9]), 'The file is not UTF-8 text: save it as UTF-8.']
    ])('%s: one unreadable-file error at 1:1, and every other map is still checked', (_, bytes, message) => {
        const dir = folderWith({ 'bad.journey': bytes });
        const result = runJourney(['check', '--today', today], dir);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(`bad.journey:1:1 error unreadable-file ${message}\n1 error in 2 maps.\n`);
        expect(result.code).toBe(1);
    });

    it('shows the finding in every output format', () => {
        const dir = folderWith({ 'bad.journey': utf16('team A\n', 'le', true) });
        const run = (format: string) => runJourney(['check', '--format', format, '--today', today], dir);
        const json = JSON.parse(run('json').stdout);
        expect(json.files).toEqual(['bad.journey', 'clean.journey']);
        expect(json.findings).toEqual([{ file: 'bad.journey', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'unreadable-file',
            message: 'The file is saved as UTF-16: save it as UTF-8.' }]);
        const sarif = JSON.parse(run('sarif').stdout).runs[0];
        expect(sarif.results).toMatchObject([{ ruleId: 'unreadable-file', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.journey' } } }] }]);
        expect(sarif.tool.driver.rules[sarif.results[0].ruleIndex].id).toBe('unreadable-file');
        expect(run('github').stdout).toBe('::error file=bad.journey,line=1,col=1,endLine=1,endColumn=1,title=unreadable-file::The file is saved as UTF-16: save it as UTF-8.\n');
        const junit = new XMLParser({ ignoreAttributes: false }).parse(run('junit').stdout);
        expect(JSON.stringify(junit)).toContain('"@_name":"1:1 unreadable-file"');
        expect(run('text').code).toBe(1);
    });

    it('exits 2 when no map could be checked at all, still saying why', () => {
        const dir = workspace({});
        writeFileSync(join(dir, 'only.journey'), utf16('team A\n', 'le', true));
        const result = runJourney(['check', 'only.journey'], dir);
        expect(result.stdout).toBe('only.journey:1:1 error unreadable-file The file is saved as UTF-16: save it as UTF-8.\n1 error in 1 map.\n');
        expect(result.code).toBe(2);
        const render = runJourney(['render', 'only.journey'], dir);
        expect(render).toMatchObject({ code: 2, stdout: '', stderr: 'journey: only.journey: the file is saved as UTF-16: save it as UTF-8\n' });
    });

    it('enforces the size limit while reading, whatever the file says its size is', () => {
        const dir = folderWith({ 'big.journey': Buffer.from(`team Big "${'x'.repeat(2 * 1024 * 1024)}"\n`) });
        const result = runJourney(['check', '--max-file-size', '1', '--today', today], dir);
        expect(result.stdout).toBe('big.journey:1:1 error unreadable-file The file is over the 1 MB limit (raise it with --max-file-size).\n1 error in 2 maps.\n');
        expect(result.code).toBe(1);
        expect(runJourney(['check', '--today', today], dir).code).toBe(0);
        // A file that says it is empty and is not: the limit holds for what is read.
        symlinkSync('/proc/self/status', join(dir, 'proc.journey'));
        expect(runJourney(['check', 'proc.journey', '--max-file-size', '0.0001'], dir).stdout)
            .toBe('proc.journey:1:1 error unreadable-file The file is over the 0.0001 MB limit (raise it with --max-file-size).\n1 error in 1 map.\n');
    });
});

describe('other maps of the workspace that cannot be read', () => {
    it('are not reported on, but one note says why their names do not resolve', () => {
        const dir = folderWith({ 'shared.journey': utf16('team Ops "Ops"\n', 'le', true) });
        writeFileSync(join(dir, 'ops.journey'), 'journey Ops {\n  reviewed 2026-10-01\n  stage S { touchpoint T { channel web owner Ops } }\n  metric M at T { target 1 better higher }\n}\n');
        const result = runJourney(['check', 'ops.journey', '--today', today], dir);
        expect(result.stderr).toBe('journey: note: a map of the workspace could not be read, so the names it declares do not resolve: '
            + 'shared.journey (saved as UTF-16: save it as UTF-8)\n');
        expect(result.stdout).toMatch(/^ops\.journey:3:\d+ error unresolved-reference Unknown team 'Ops'/);
        expect(result.code).toBe(1);
    });
});

describe('paths that are not regular files', () => {
    it('skips a FIFO and a symbolic link to a device without reading them', () => {
        const dir = folderWith({});
        execFileSync('mkfifo', [join(dir, 'pipe.journey')]);
        symlinkSync('/dev/zero', join(dir, 'zero.journey'));
        const result = runJourney(['check', '--today', today], dir);
        expect(result.stdout).toBe([
            'pipe.journey:1:1 error unreadable-file The file is not a regular file.',
            'zero.journey:1:1 error unreadable-file The file is not a regular file.',
            '2 errors in 3 maps.',
            ''
        ].join('\n'));
        expect(result.code).toBe(1);
        const named = runJourney(['check', 'zero.journey', 'clean.journey', '--today', today], dir);
        expect(named.stdout).toBe('zero.journey:1:1 error unreadable-file The file is not a regular file.\n1 error in 2 maps.\n');
    });

    it('stops with one line when the check configuration is a FIFO, found at the root or named, instead of waiting on it', () => {
        const dir = folderWith({});
        execFileSync('mkfifo', [join(dir, 'journey.config.json')]);
        for (const args of [['check', 'clean.journey'], ['check', '--config', 'journey.config.json'], ['report', 'clean.journey', '-f', 'json']]) {
            const result = runJourney([...args, '--today', today], dir, {}, 30_000);
            expect(result.stderr, args.join(' ')).toBe(`journey: the check configuration ${join(dir, 'journey.config.json')} is not a regular file\n`);
            expect(result.stdout).toBe('');
            expect(result.code).toBe(2);
        }
    });

    it('reads a map reached through two links, or a link loop, once', () => {
        const dir = folderWith({});
        symlinkSync('clean.journey', join(dir, 'again.journey'));
        symlinkSync('.', join(dir, 'loop'));
        symlinkSync('self.journey', join(dir, 'self.journey'));
        const result = runJourney(['check', '--format', 'json', '--today', today], dir);
        const report = JSON.parse(result.stdout);
        // Without reading clean.journey twice, its team and journey are no duplicates.
        expect(report.findings.filter((finding: { code: string }) => finding.code === 'duplicate-name')).toEqual([]);
        expect(report.files).toEqual(['clean.journey', 'self.journey']);
        expect(report.findings).toMatchObject([{ file: 'self.journey', code: 'unreadable-file' }]);
        expect(result.code).toBe(1);
        // A map named through the loop is the same map, of the same workspace.
        const throughLoop = runJourney(['check', 'loop/loop/clean.journey', 'clean.journey', '--today', today], dir);
        expect(throughLoop).toMatchObject({ code: 0, stderr: expect.stringMatching(/^journey: note: a map .*self\.journey/), stdout: 'No problems in 1 map.\n' });
    });
});
