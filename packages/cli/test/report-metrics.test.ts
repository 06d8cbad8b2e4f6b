import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../src/reports/journey-report.schema.json'), 'utf8'));
const today = '2026-11-22';

const shop = `journey Shop "Shop" {
  reviewed 2026-11-01
  stage Buy {
    touchpoint Cart { channel web }
  }
  metric CartAbandonment "Cart abandonment" at Cart { unit % baseline 70 target 60 better lower }
  metric Conversion at Buy { unit % target 3 current 2.1 better higher measured 2026-09-30 }
}
journey App "App" {
  reviewed 2026-11-01
  stage Use { touchpoint Home { channel web } }
  metric Conversion at Use { unit % target 5 }
}
`;

function reportJson(args: string[], dir: string) {
    const result = runJourney(['report', 'shop.journey', '-f', 'json', '--today', today, ...args], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
}

describe('journey report --metrics', () => {
    it('binds the latest value per metric as its current value, judges it, and says in JSON where it came from', () => {
        const dir = workspace({
            'shop.journey': shop.replace(/journey App[\s\S]*/, ''),
            'data.csv': 'metric,value,date\nCartAbandonment,66,2026-11-01\nCartAbandonment,58.5,2026-11-15\nCartAbandonment,63,2026-11-08\n'
        });
        const report = reportJson(['--metrics', 'data.csv'], dir);
        const validate = new Ajv({ strict: true }).compile(schema);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        const [metric] = report.journey.metrics;
        expect(validate({ ...report, journey: { ...report.journey, metrics: [{ ...metric, boundFrom: { file: 'data.csv' } }] } })).toBe(false);
        expect(metric).toMatchObject({ name: 'CartAbandonment', baseline: 70, current: 58.5, measured: '2026-11-15', status: 'met',
            boundFrom: { file: 'data.csv', date: '2026-11-15' } });
        expect(report.analysis.metrics.find((m: { name: string }) => m.name === 'CartAbandonment'))
            .toMatchObject({ value: 58.5, gap: -1.5, status: 'met', boundFrom: { file: 'data.csv', date: '2026-11-15' } });
        // A metric the data does not name keeps the map's values, without boundFrom.
        expect(report.journey.metrics[1]).toMatchObject({ name: 'Conversion', current: 2.1, measured: '2026-09-30', status: 'off-target' });
        expect(report.journey.metrics[1].boundFrom).toBeUndefined();
        // Without data, the map's own values: a baseline only, so not measured yet.
        expect(reportJson([], dir).journey.metrics[0]).toMatchObject({ status: 'no-data' });
    });

    it('marks bound values in HTML and Markdown, and reads a folder of CSVs and a journey column where names repeat', () => {
        const dir = workspace({
            'maps/shop.journey': shop,
            'data/a.csv': 'journey,metric,value,date\nShop,Conversion,3.4,2026-11-10\nApp,Conversion,4.2,2026-11-10\n',
            'data/b.csv': 'Date,Metric,Value\n2026-11-12,CartAbandonment,64\n',
            'data/notes.txt': 'not data\n'
        });
        const html = runJourney(['report', 'maps', '-o', 'site', '--metrics', 'data', '--today', today], dir);
        expect(html.stderr).toBe('');
        expect(html.code).toBe(0);
        const page = readFileSync(join(dir, 'site', 'Shop.html'), 'utf8');
        expect(page).toContain('<td>64% (from data, 2026-11-12, data/b.csv)</td>');
        expect(page).toContain('<td>3.4% (from data, 2026-11-10, data/a.csv)</td>');
        expect(page).toContain('Values marked &quot;from data&quot; were read from data files');
        // The diagram's badge follows: Conversion meets its target with the bound 3.4, not with the map's 2.1.
        expect(page).toMatch(/class="jm-metric-badge" data-status="met"/);
        expect(readFileSync(join(dir, 'site', 'App.html'), 'utf8')).toContain('<td>4.2% (from data, 2026-11-10, data/a.csv)</td>');
        const md = runJourney(['report', 'maps', '-f', 'md', '-o', 'md/', '--metrics', 'data/b.csv', '--metrics', 'data/a.csv', '--today', today], dir);
        expect(md.code).toBe(0);
        expect(readFileSync(join(dir, 'md', 'Shop.md'), 'utf8')).toContain('| Cart abandonment | Cart | 64% \\(from data, 2026-11-12, data\\/b.csv\\) | 60% | lower | 4 points to go');
        // Without data, no marker and no note.
        const plain = runJourney(['report', 'maps', '-o', 'plain', '--today', today], dir);
        expect(plain.code).toBe(0);
        const plainPage = readFileSync(join(dir, 'plain', 'Shop.html'), 'utf8');
        expect(plainPage).not.toContain('from data');
        expect(plainPage).not.toMatch(/class="jm-metric-badge" data-status="met"/);
    });

    it('binds a metric whose source names a CSV file (relative to the map) and a column; the latest dated row with a value wins', () => {
        const dir = workspace({
            'maps/shop.journey': shop.replace(/journey App[\s\S]*/, '')
                .replace('better lower }', 'better lower source "../analytics/weekly.csv#cart_abandonment" }')
                .replace('measured 2026-09-30 }', 'measured 2026-09-30 source "../analytics/weekly.csv" }'),
            'analytics/weekly.csv': 'date,cart_abandonment,Conversion\n2026-11-01,66,2.5\n2026-11-15,,3.1\n2026-11-08,61,\n',
            // The project's root: data files may be anywhere below it.
            'journey.config.json': '{}'
        });
        const result = runJourney(['report', 'shop.journey', '-f', 'json', '--today', today], join(dir, 'maps'));
        expect(result.stderr).toBe('');
        const report = JSON.parse(result.stdout);
        expect(report.journey.metrics).toMatchObject([
            { name: 'CartAbandonment', current: 61, measured: '2026-11-08', status: 'off-target', boundFrom: { file: '../analytics/weekly.csv', date: '2026-11-08' } },
            { name: 'Conversion', current: 3.1, measured: '2026-11-15', status: 'met', boundFrom: { file: '../analytics/weekly.csv', date: '2026-11-15' } }
        ]);
        // --metrics rows compete with the source's by date: a later one wins.
        const later = workspace({ 'x.csv': 'metric,value,date\nCartAbandonment,59,2026-11-20\n' });
        const both = runJourney(['report', 'shop.journey', '-f', 'json', '--today', today, '--metrics', join(later, 'x.csv')], join(dir, 'maps'));
        expect(JSON.parse(both.stdout).journey.metrics[0]).toMatchObject({ current: 59, status: 'met' });
    });

    it('stops with one line a problem and exit code 2', () => {
        const dir = workspace({
            'shop.journey': shop,
            'unknown.csv': 'metric,value,date\nCartAbandonmnet,60,2026-11-01\n',
            'number.csv': 'metric,value,date\nCartAbandonment,60,2026-11-01\nCartAbandonment,"6,5",2026-11-02\n',
            'date.csv': 'metric,value,date\nCartAbandonment,60,2026-11-31\n',
            'ambiguous.csv': 'metric,value,date\nConversion,3,2026-11-01\n',
            'header.csv': 'metric,value\nCartAbandonment,60\n',
            'quote.csv': 'metric,value,date\n"CartAbandonment,60,2026-11-01\n',
            'two.csv': 'metric,value,date\nNope,1,2026-11-01\nCartAbandonment,x,2026-11-01\n',
            'empty/readme.txt': '',
            'source.journey': 'journey Src { stage S { touchpoint T { channel web } }\n  metric Rate at S { target 3 source "data/rates.csv#rate" }\n}\n',
            'data/rates.csv': 'date,rates\n2026-11-01,3\n',
            'nodate.journey': 'journey NoDate { stage S { touchpoint T { channel web } }\n  metric Rate at S { target 3 source "data/nodate.csv#rate" }\n}\n',
            'data/nodate.csv': 'day,rate\n2026-11-01,3\n',
            'gone.journey': 'journey Gone { stage S { touchpoint T { channel web } }\n  metric Rate at S { target 3 source "data/gone.csv#rate" }\n}\n'
        });
        const fails = (map: string, ...args: string[]) => {
            const result = runJourney(['report', map, '-f', 'json', ...args], dir);
            expect(result.stdout).toBe('');
            expect(result.code).toBe(2);
            return result.stderr;
        };
        expect(fails('shop.journey', '--metrics', 'missing.csv')).toBe('journey: no such file: missing.csv\n');
        expect(fails('shop.journey', '--metrics', 'empty')).toBe('journey: no .csv files in folder empty\n');
        expect(fails('shop.journey', '--metrics', 'quote.csv')).toBe('journey: cannot read quote.csv as CSV: a quote is not closed at line 2\n');
        expect(fails('shop.journey', '--metrics', 'unknown.csv')).toBe('journey: unknown.csv:2: no metric is named "CartAbandonmnet"; did you mean CartAbandonment?\n');
        expect(fails('shop.journey', '--metrics', 'number.csv')).toBe('journey: number.csv:3: CartAbandonment: "6,5" is not a number (write it like 12 or 3.5)\n');
        expect(fails('shop.journey', '--metrics', 'date.csv')).toBe('journey: date.csv:2: CartAbandonment: "2026-11-31" is not a date (write YYYY-MM-DD)\n');
        expect(fails('shop.journey', '--metrics', 'ambiguous.csv')).toBe(
            'journey: ambiguous.csv:2: journeys Shop, App each have a metric Conversion: add a journey column to say which\n');
        expect(fails('shop.journey', '--metrics', 'header.csv')).toBe(
            'journey: header.csv has no date column: its first line must name the columns metric, value, date (and journey where metric names repeat)\n');
        expect(fails('shop.journey', '--metrics', 'two.csv')).toBe(
            'journey: two.csv:2: no metric is named "Nope"\njourney: two.csv:3: CartAbandonment: "x" is not a number (write it like 12 or 3.5)\n');
        expect(fails('source.journey')).toBe('journey: source.journey:2: the source of Rate: data/rates.csv has no column rate (it has date, rates)\n');
        expect(fails('nodate.journey')).toBe('journey: nodate.journey:2: the source of Rate: data/nodate.csv has no date column to tell the latest row\n');
        expect(fails('gone.journey')).toBe('journey: gone.journey:2: the source of Rate: no such file: data/gone.csv\n');
    }, 120_000);

    it('refuses a data file that is not a regular file', () => {
        const dir = workspace({ 'shop.journey': shop });
        mkdirSync(join(dir, 'folder.csv', 'inner.csv'), { recursive: true });
        const result = runJourney(['report', 'shop.journey', '--metrics', 'folder.csv'], dir);
        expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'journey: folder.csv/inner.csv is not a regular file\n' });
    });
});
