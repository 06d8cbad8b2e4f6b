import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyBin, runJourney, workspace } from './run-cli.js';

const map = (i: number) => `team T${i} "Team ${i}"\n`;

describe('input files the CLI refuses or copes with', () => {
    it('reports binary files, text that is not UTF-8 and files over the size limit as one unreadable-file error each, exit 2 when nothing was read', () => {
        const dir = workspace({});
        writeFileSync(join(dir, 'nul.journey'), 'team A\u0000');
        writeFileSync(join(dir, 'latin1.journey'), Buffer.from([0x74, 0x65, 0x61, 0x6d, 0x20, 0xe9]));
        // In a workspace of its own: the other runs need not read it.
        const bigDir = workspace({ 'big.journey': `team Big "${'x'.repeat(2 * 1024 * 1024)}"\n` });
        const cases: [string[], string, string][] = [
            [['check', 'nul.journey'], dir, 'nul.journey:1:1 error unreadable-file The file is not text (it contains NUL bytes).\n'],
            [['check', 'latin1.journey'], dir, 'latin1.journey:1:1 error unreadable-file The file is not UTF-8 text: save it as UTF-8.\n'],
            [['check', 'big.journey', '--max-file-size', '1'], bigDir, 'big.journey:1:1 error unreadable-file The file is over the 1 MB limit (raise it with --max-file-size).\n']
        ];
        for (const [args, cwd, finding] of cases) {
            const result = runJourney(args, cwd);
            expect(result.stdout).toBe(`${finding}1 error in 1 map.\n`);
            expect(result.code).toBe(2);
        }
        // The note names the other map of the folder that cannot be read; then the reason nothing can be drawn.
        expect(runJourney(['render', 'nul.journey'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(
            /^journey: note: a map of the workspace could not be read.*latin1\.journey \(not UTF-8 text: save it as UTF-8\)\njourney: nul\.journey: the file is not text \(it contains NUL bytes\)\n$/) });
        expect(runJourney(['check', 'big.journey', '--today', '2026-11-22'], bigDir).code).toBe(0);
    });

    it('reads a byte-order mark and Windows line ends as any editor would', () => {
        const dir = workspace({ 'bom.journey': '\uFEFFteam Web "Web"\r\njourney J {\r\n  reviewed 2026-10-01\r\n  stage S { touchpoint T { channel web owner Web } }\r\n  metric M at T { target 1 better higher }\r\n}\r\n' });
        const result = runJourney(['check', '--today', '2026-11-22'], dir);
        expect(result.stdout).toBe('No problems in 1 map.\n');
    });

    it('checks thousands of maps as one workspace without running out of file handles', () => {
        const files = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`maps/${i % 30}/team-${i}.journey`, map(i)]));
        const dir = workspace(files);
        const result = runJourney(['check', 'maps', '--format', 'json'], dir);
        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout).summary).toEqual({ files: 3000, errors: 0, warnings: 0, infos: 0, hints: 0 });
    });
});

describe('progress on a terminal', () => {
    it('says which phase a large check is in, on one line of stderr that it clears at the end, and only on a terminal', () => {
        const files = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`maps/t${i}.journey`, map(i)]));
        const dir = workspace(files);
        // `script` runs the command on a pseudo-terminal, as a person at a terminal would.
        const onTerminal = execFileSync('script', ['-qec', `${process.execPath} ${journeyBin} check maps --no-color`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
        const phases = onTerminal.split('\r\u001b[2K').map(part => part.trim()).filter(Boolean);
        expect(phases).toEqual([
            'journey: reading 250 maps…', 'journey: 250 maps: parsing…', 'journey: 250 maps: resolving names…', 'journey: 250 maps: checking…', 'No problems in 250 maps.'
        ]);
        expect(runJourney(['check', 'maps'], dir).stderr).toBe('');
    });
});
