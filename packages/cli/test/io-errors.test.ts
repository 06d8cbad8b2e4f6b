import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyBin, runJourney, workspace } from './run-cli.js';

const map = (name: string) => `journey ${name} {\n  stage S { touchpoint T { channel web } }\n}\n`;

/** Runs a shell command line that starts with `journey` (the built CLI). */
function shell(line: string, cwd: string) {
    const result = spawnSync('bash', ['-c', line.replace(/^journey /, `"${process.execPath}" "${journeyBin}" `)], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('I/O errors: one line, exit 2, never a stack trace', () => {
    it('reports an output path through a file, and a file where a folder is needed', () => {
        const dir = workspace({ 'a.journey': map('A'), 'b.journey': map('B') });
        writeFileSync(join(dir, 'afile'), 'not a folder');
        const cases: [string[], RegExp][] = [
            [['render', 'a.journey', '-o', 'afile/x.svg'], /^journey: cannot write afile\/x\.svg: ENOTDIR\n$/],
            [['report', 'a.journey', '-o', 'afile/sub/'], /^journey: cannot write afile\/sub: ENOTDIR\n$/],
            [['report', '.', '-o', 'afile'], /^journey: cannot write afile: EEXIST\n$/]
        ];
        for (const [args, stderr] of cases) {
            const result = runJourney(args, dir);
            expect(result.stderr).toMatch(stderr);
            expect(result.code).toBe(2);
        }
    });

    it('reports a full disk on stdout in one line (exit 2), and ends quietly when the reader has gone', () => {
        const dir = workspace({ 'a.journey': map('A') });
        const full = shell('journey check a.journey > /dev/full', dir);
        expect(full).toMatchObject({ code: 2, stderr: 'journey: cannot write to stdout: ENOSPC\n' });
        const big = workspace(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`m${i}.journey`, map(`J${i}`).replace('{\n', '{\n  stage X\n')])));
        const closed = shell('journey check . --format json | head -c 10 > /dev/null; echo "exit ${PIPESTATUS[0]}"', big);
        expect(closed.stderr).toBe('');
        expect(closed.stdout).toMatch(/^exit [01]\n$/);
    });
});
