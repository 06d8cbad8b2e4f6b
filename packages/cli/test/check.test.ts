import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { runJourney, workspace } from './run-cli.js';

const shared = 'persona Sarah "Sarah"\nteam Web "Web team"\n';
const cleanMap = `journey Shop "Shop" {
  reviewed 2026-10-01 every quarter
  stage Buy { touchpoint Checkout "Checkout" { channel web owner Web feels Sarah -1 "anxious" } }
  metric Conversion at Checkout { unit % baseline 2 target 3 }
}
`;
const brokenMap = `journey Shop "Shop" {
  reviewed 2026-10-01
  stage Buy { touchpoint Checkout "Checkout" { channel webb feels Sarah 5 } }
  metric Conversion at Checkout { unit % baseline 2 target 3 }
  pain Slow "Slow pages" at Checkout { severity workaround }
}
`;
const warningMap = cleanMap.replace('target 3 ', '');

describe('journey check', () => {
    it('exits 0 and says so when every map is clean', () => {
        const dir = workspace({ 'maps/shared.journey': shared, 'maps/shop.journey': cleanMap, 'notes.txt': 'not a map' });
        const result = runJourney(['check', '--today', '2026-11-22'], dir);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe('No problems in 2 maps.\n');
        expect(result.code).toBe(0);
    });

    it('lists each finding as path:line:col severity code message, then a summary, and exits 1 on errors', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': brokenMap });
        const result = runJourney(['check', '.', '--today', '2026-11-22'], dir);
        expect(result.stdout.split('\n')).toEqual([
            "shop.journey:3:56 error unresolved-reference Unknown channel 'webb': no file of the workspace declares it. Did you mean 'web'?",
            "shop.journey:3:73 error emotion-off-scale Sarah feels +5, outside this journey's emotion scale -2 .. 2.",
            "shop.journey:5:8 warning pain-without-opportunity Pain point 'Slow' is not addressed by any opportunity.",
            '2 errors, 1 warning in 2 maps.',
            ''
        ]);
        expect(result.code).toBe(1);
    });

    it('writes JSON with the files, the findings and the counts', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': brokenMap });
        const result = runJourney(['check', '--format', 'json', '--today', '2026-11-22'], dir);
        expect(result.code).toBe(1);
        const report = JSON.parse(result.stdout);
        expect(report.schemaVersion).toBe(1);
        expect(report.files).toEqual(['shared.journey', 'shop.journey']);
        expect(report.summary).toEqual({ files: 2, errors: 2, warnings: 1, infos: 0, hints: 0 });
        expect(report.findings[0]).toEqual({
            file: 'shop.journey', line: 3, column: 56, endLine: 3, endColumn: 60, severity: 'error', code: 'unresolved-reference',
            message: "Unknown channel 'webb': no file of the workspace declares it. Did you mean 'web'?"
        });
    });

    it('fails on warnings only when asked: --fail-on warning or --max-warnings', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': warningMap });
        expect(runJourney(['check', '--today', '2026-11-22'], dir).code).toBe(0);
        expect(runJourney(['check', '--today', '2026-11-22', '--fail-on', 'warning'], dir).code).toBe(1);
        expect(runJourney(['check', '--today', '2026-11-22', '--max-warnings', '1'], dir).code).toBe(0);
        expect(runJourney(['check', '--today', '2026-11-22', '--max-warnings', '0'], dir).code).toBe(1);
    });

    it('judges staleness as of --today', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': cleanMap });
        const result = runJourney(['check', '--today', '2027-03-01'], dir);
        expect(result.stdout).toContain("shop.journey:2:12 warning stale-map Journey 'Shop' was last reviewed on 2026-10-01");
        expect(result.code).toBe(0);
    });

    it('reads journey.config.json of the workspace root, found from the paths named (not the current folder), or the file given with --config', () => {
        const dir = workspace({
            'shared.journey': shared,
            'shop.journey': warningMap,
            'journey.config.json': '{ "checks": { "metric-without-target": "error" } }',
            'quiet.json': '{ "checks": { "metric-without-target": "off" } }',
            'sub/notes.txt': ''
        });
        const upward = runJourney(['check', '..', '--today', '2026-11-22'], resolve(dir, 'sub'));
        expect(upward.stdout).toMatch(/error metric-without-target/);
        expect(upward.code).toBe(1);
        const quiet = runJourney(['check', '--config', 'quiet.json', '--today', '2026-11-22'], dir);
        expect(quiet.stdout).toBe('No problems in 2 maps.\n');
        expect(quiet.code).toBe(0);
    });

    it('accepts globs', () => {
        const dir = workspace({ 'a/shared.journey': shared, 'a/shop.journey': cleanMap, 'b/other.journey': 'team Other' });
        const result = runJourney(['check', 'a/*.journey', '--today', '2026-11-22'], dir);
        expect(result.stdout).toBe('No problems in 2 maps.\n');
    });

    it('colours output only for terminals or FORCE_COLOR, never with NO_COLOR or --no-color', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': brokenMap });
        const ansi = /\u001b\[/;
        expect(runJourney(['check', '--today', '2026-11-22'], dir).stdout).not.toMatch(ansi);
        expect(runJourney(['check', '--today', '2026-11-22'], dir, { FORCE_COLOR: '1' }).stdout).toMatch(ansi);
        expect(runJourney(['check', '--today', '2026-11-22'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ansi);
        expect(runJourney(['check', '--today', '2026-11-22', '--no-color'], dir, { FORCE_COLOR: '1' }).stdout).not.toMatch(ansi);
    });

    it.each([
        [['check', 'missing'], 'journey: no such file or folder: missing\n'],
        [['check', 'bad.json'], 'journey: bad.json is not a .journey file\n'],
        [['check', 'empty'], 'journey: no .journey files in folder empty\n'],
        [['check', '*.nothing'], "journey: no files match '*.nothing'\n"],
        [['check', '--config', 'bad.json'], expect.stringMatching(/^journey: invalid config .*bad\.json: unknown check 'loud-check'\n$/)],
        [['check', '--today', '2026-02-30'], expect.stringContaining("option '--today <date>' argument '2026-02-30' is invalid. expected a date as YYYY-MM-DD.")],
        [['check', '--format', 'xml'], expect.stringContaining("argument 'xml' is invalid. Allowed choices are text, json, sarif, github, junit.")],
        [['lint'], expect.stringContaining("unknown command 'lint'")]
    ])('exits 2 with one clear message for %j', (args, stderr) => {
        const dir = workspace({ 'shop.journey': cleanMap, 'empty/readme.md': '', 'bad.json': '{ "checks": { "loud-check": "off" } }' });
        const result = runJourney(args, dir);
        expect(result.stderr).toEqual(stderr);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.stdout).toBe('');
        expect(result.code).toBe(2);
    });
});
