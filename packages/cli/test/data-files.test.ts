import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const secret = 'hunter2-do-not-print';
const sourced = (source: string) =>
    `journey Shop {\n  stage Buy { touchpoint Cart { channel web } }\n  metric Conversion at Buy { unit % target 3 source "${source}" }\n}\n`;

function refused(dir: string, args: string[]): string {
    const result = runJourney(['report', ...args, '-f', 'json'], dir, { JOURNEY_TEST_SECRET: secret });
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain(secret);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    return result.stderr;
}

describe('data files stay inside the workspace and never leak their content', () => {
    it('refuses a source that is absolute, climbs out of the workspace, or is a link leading out', () => {
        const outside = workspace({ 'x.csv': `date,conversion\n2026-11-01,${secret}\n` });
        const dir = workspace({
            'maps/abs.journey': sourced(join(outside, 'x.csv#conversion')),
            'maps/up.journey': sourced('../../' + outside.split('/').pop() + '/x.csv#conversion'),
            'maps/env.journey': sourced('data/env.csv'),
            'maps/fifo.journey': sourced('data/fifo.csv'),
            'maps/plain.journey': sourced('the web analytics')
        });
        mkdirSync(join(dir, 'maps', 'data'));
        symlinkSync('/proc/self/environ', join(dir, 'maps', 'data', 'env.csv'));
        spawnSync('mkfifo', [join(dir, 'maps', 'data', 'fifo.csv')]);
        const maps = join(dir, 'maps');
        expect(refused(maps, ['abs.journey'])).toBe(
            `journey: abs.journey:3: the source of Conversion: ${join(outside, 'x.csv')} is not a path relative to the map; data files must be inside the map's workspace\n`);
        expect(refused(maps, ['up.journey'])).toMatch(/^journey: up\.journey:3: the source of Conversion: \.\.\/\.\.\/.*\/x\.csv is outside the map's workspace \(\.\); data files must be inside it\n$/);
        expect(refused(maps, ['env.journey'])).toBe(
            "journey: env.journey:3: the source of Conversion: data/env.csv is a link that leads outside the map's workspace (.); data files must be inside it\n");
        expect(refused(maps, ['fifo.journey'])).toBe('journey: fifo.journey:3: the source of Conversion: data/fifo.csv is not a regular file\n');
        // --metrics may name a file anywhere, but only a regular file.
        expect(refused(maps, ['plain.journey', '--metrics', 'data/fifo.csv'])).toBe('journey: data/fifo.csv is not a regular file\n');
    });

    it('finds the workspace at the nearest folder above the map with journey.config.json or .git', () => {
        const dir = workspace({
            'journey.config.json': '{}', 'maps/shop.journey': sourced('../data/weekly.csv#conversion'), 'data/weekly.csv': 'date,conversion\n2026-11-01,3.5\n'
        });
        const result = runJourney(['report', 'maps/shop.journey', '-f', 'json', '--today', '2026-11-22'], dir);
        expect(result.stderr).toBe('');
        expect(JSON.parse(result.stdout).journey.metrics[0]).toMatchObject({ current: 3.5, boundFrom: { file: 'data/weekly.csv' } });
    });

    it('names only the columns of a real header when a column is missing, and never echoes cells in CSV errors', () => {
        const many = Array.from({ length: 30 }, (_, i) => `col${i}`).join(',');
        const dir = workspace({
            'secret.journey': sourced('secret.csv#conversion'), 'secret.csv': `API_TOKEN=${secret}\n`,
            'many.journey': sourced('many.csv#conversion'), 'many.csv': `date,${many}\n2026-11-01,1\n`,
            'control.journey': sourced('control.csv#conversion'), 'control.csv': 'date,val\u001b[31mue\n2026-11-01,1\n',
            'shop.journey': sourced('the web analytics'), 'quote.csv': `metric,value,date\nConversion,${secret}"x",2026-11-01\n`
        });
        expect(refused(dir, ['secret.journey'])).toBe(
            'journey: secret.journey:3: the source of Conversion: secret.csv has no column conversion (its first line does not look like a list of column names)\n');
        expect(refused(dir, ['many.journey'])).toBe(
            `journey: many.journey:3: the source of Conversion: many.csv has no column conversion (it has date, ${Array.from({ length: 11 }, (_, i) => `col${i}`).join(', ')} and 19 more)\n`);
        expect(refused(dir, ['control.journey'])).toBe(
            'journey: control.journey:3: the source of Conversion: control.csv has no column conversion (its first line does not look like a list of column names)\n');
        expect(refused(dir, ['shop.journey', '--metrics', 'quote.csv'])).toBe('journey: cannot read quote.csv as CSV: a quote inside an unquoted cell at line 2\n');
    });

    it('reports the first 20 rows that bind nothing, not one line per row of a large file', () => {
        const dir = workspace({ 'shop.journey': sourced('the web analytics'), 'bad.csv': `metric,value,date\n${'Nope,1,2026-11-01\n'.repeat(25)}` });
        const result = runJourney(['report', 'shop.journey', '-f', 'json', '--metrics', 'bad.csv'], dir);
        const lines = result.stderr.trim().split('\n');
        expect(lines).toHaveLength(21);
        expect(lines[0]).toBe('journey: bad.csv:2: no metric is named "Nope"');
        expect(lines[20]).toBe('journey: and 5 more rows that bind nothing');
        expect(result.code).toBe(2);
    });

    it('reads a data file of 150,000 rows', () => {
        const rows = Array.from({ length: 150_000 }, (_, i) => `2026-${String(1 + (i % 12)).padStart(2, '0')}-01,${i % 7}`);
        const dir = workspace({ 'shop.journey': sourced('big.csv#conversion'), 'big.csv': `date,conversion\n${rows.join('\n')}\n` });
        writeFileSync(join(dir, 'metrics.csv'), `metric,value,date\n${rows.map(row => `Conversion,${row.split(',')[1]},${row.split(',')[0]}`).join('\n')}\n`);
        const result = runJourney(['report', 'shop.journey', '-f', 'json', '--today', '2026-12-22', '--metrics', 'metrics.csv'], dir);
        expect(result.stderr).toBe('');
        expect(JSON.parse(result.stdout).journey.metrics[0]).toMatchObject({ current: 149_999 % 7, measured: '2026-12-01' });
    }, 120_000);
});
