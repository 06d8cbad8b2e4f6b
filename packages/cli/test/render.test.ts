import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { journeyBin, runJourney, workspace } from './run-cli.js';

const examples = resolve(import.meta.dirname, '../../../examples');
const shared = 'persona Sarah "Sarah"\nteam Web "Web team"\n';
const map = `journey Shop "Shop" {
  stage Buy { touchpoint Checkout "Checkout" { channel web owner Web feels Sarah -1 "anxious" } }
}
`;

describe('journey render', () => {
    it('writes the SVG to stdout, reading the other maps of its workspace for shared names', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': map });
        const result = runJourney(['render', 'shop.journey'], dir);
        expect(result.stderr).toMatch(/^shop\.journey:1:9 info review-missing /);
        expect(result.code).toBe(0);
        expect(XMLValidator.validate(result.stdout)).toBe(true);
        expect(result.stdout).toContain('Owner: Web team');
        expect(result.stdout).toContain('data-id="curve:Sarah"');
    });

    it('writes a PNG with -o, atomically, leaving no temporary file behind', () => {
        const dir = workspace({});
        const out = join(dir, 'activewear.png');
        const result = runJourney(['render', join(examples, 'activewear-first-purchase.journey'), '-o', out, '--theme', 'dark'], dir);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const png = readFileSync(out);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        expect(width).toBeGreaterThan(2000);
        expect(height).toBeGreaterThan(600);
        expect(statSync(out).size).toBeGreaterThan(50_000);
        expect(readdirSync(dir)).toEqual(['activewear.png']);
    });

    it('writes an SVG with -o, with only the chosen persona and without hidden lanes', () => {
        const dir = workspace({});
        const result = runJourney(['render', join(examples, 'support-response-time.journey'), '-o', 'map.svg', '--persona', 'Marco', '--hide', 'pains', 'metrics', 'backstage', 'support'], dir);
        expect(result.code).toBe(0);
        const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
        expect(svg).toContain('data-id="curve:Marco"');
        expect(svg).not.toContain('data-id="curve:Colleen"');
        expect(svg).not.toContain('class="jm-pain"');
        expect(svg).not.toContain('class="jm-metric-badge"');
        expect(svg).not.toContain('data-lane="backstage"');
        expect(svg).not.toContain('data-lane="support"');
        expect(svg).not.toContain('LINE OF VISIBILITY');
        expect(svg).toContain('data-lane="says"');
    });

    it("embeds Inter's subset with harfbuzz's WebAssembly left unoptimised, which the process would wait for at exit", () => {
        const dir = workspace({});
        const out = join(dir, 'activewear.svg');
        // V8 names the compiler of every WebAssembly function it compiles; harfbuzz is the only WebAssembly of an SVG.
        const traced = spawnSync(process.execPath, ['--trace-wasm-compilation-times', journeyBin, 'render', join(examples, 'activewear-first-purchase.journey'), '-o', out], {
            cwd: dir, encoding: 'utf8'
        });
        expect(traced.status).toBe(0);
        expect(readFileSync(out, 'utf8')).toContain("@font-face{font-family:'Journey Inter'");
        expect(traced.stdout).toMatch(/using Liftoff/);
        expect(traced.stdout).not.toMatch(/using TurboFan/);
    });

    it('refuses to write over a map, or to guess a format, with one line and exit code 2', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': map });
        const over = runJourney(['render', 'shop.journey', '-o', 'shared.journey'], dir);
        expect(over.code).toBe(2);
        expect(over.stderr).toBe('journey: cannot tell the format of shared.journey: name it .svg or .png\n');
        expect(readFileSync(join(dir, 'shared.journey'), 'utf8')).toBe(shared);
        const format = runJourney(['render', 'shop.journey', '-o', 'shop.pdf'], dir);
        expect(format.code).toBe(2);
        expect(format.stderr).toBe('journey: cannot tell the format of shop.pdf: name it .svg or .png\n');
        expect(existsSync(join(dir, 'shop.pdf'))).toBe(false);
    });

    it('gives the same bytes for the same maps in another folder: files are named relative to the current folder', () => {
        const files = { 'maps/shared.journey': shared, 'maps/shop.journey': map };
        const [first, second] = [workspace(files), workspace(files)];
        const [a, b] = [runJourney(['render', 'maps/shop.journey'], first), runJourney(['render', 'maps/shop.journey'], second)];
        expect(a.code).toBe(0);
        expect(a.stdout).toContain('data-uri="maps/shop.journey"');
        expect(a.stdout).toContain('data-uri="maps/shared.journey"');
        expect(a.stdout).not.toContain('file:');
        expect(a.stdout).not.toContain(first);
        expect(a.stdout).toBe(b.stdout);
    }, 60_000);

    it('draws a map with errors but says so on stderr, and exits like journey check', () => {
        const broken = map.replace('feels Sarah -1', 'feels Sarah -5');
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': broken });
        const result = runJourney(['render', 'shop.journey', '-o', 'shop.svg'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^shop\.journey:2:\d+ error emotion-off-scale .*-5/m);
        expect(result.stderr).toMatch(/1 error.* in 1 map\.\n$/);
        expect(readFileSync(join(dir, 'shop.svg'), 'utf8')).toContain('data-id="curve:Sarah"');
        const warnings = runJourney(['render', 'shop.journey', '--fail-on', 'warning'], workspace({ 'shared.journey': shared, 'shop.journey': map.replace('channel web ', '') }));
        expect(warnings.stderr).toContain('warning touchpoint-without-channel');
        expect(warnings.code).toBe(1);
    }, 60_000);

    it("binds metrics to data like report: --metrics and a metric's source, the same value in both", () => {
        const measured = map.replace('}\n', '}\n  metric Conversion "Conversion" at Checkout { unit % current 70 target 80 better higher source "data.csv#conversion" }\n');
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': measured, 'data.csv': 'date,conversion\n2026-11-01,61.5\n', 'more.csv': 'metric,value,date\nConversion,64.5,2026-11-20\n' });
        const fromSource = runJourney(['render', 'shop.journey'], dir);
        expect(fromSource.stdout).toContain('61.5%');
        expect(fromSource.stdout).not.toContain('70%');
        const report = runJourney(['report', 'shop.journey', 'shared.journey', '-f', 'json'], dir);
        expect(report.stdout).toContain('"current": 61.5');
        expect(runJourney(['render', 'shop.journey', '--metrics', 'more.csv'], dir).stdout).toContain('64.5%');
        expect(runJourney(['render', 'shop.journey', '--metrics', 'none.csv'], dir)).toMatchObject({ code: 2, stderr: 'journey: no such file: none.csv\n' });
    }, 90_000);

    it('draws top to bottom with --direction down, within 1,600 px, and refuses a direction it does not know', () => {
        const dir = workspace({});
        const activewear = join(examples, 'activewear-first-purchase.journey');
        const width = (svg: string) => Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
        const right = runJourney(['render', activewear], dir);
        const down = runJourney(['render', activewear, '--direction', 'down'], dir);
        expect(down.code).toBe(0);
        expect(width(right.stdout)).toBeGreaterThan(4000);
        expect(width(down.stdout)).toBeLessThanOrEqual(1600);
        const wrong = runJourney(['render', activewear, '--direction', 'up'], dir);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toMatch(/Allowed choices are right, down/);
    });

    it('draws the map down in an HTML report, and beside a Markdown report written to a file, when right is wider than the page', () => {
        const dir = workspace({});
        const width = (text: string) => Number(/<svg[^>]* width="(\d+)"/.exec(text)![1]);
        const html = runJourney(['report', join(examples, 'activewear-first-purchase.journey')], dir);
        expect(width(html.stdout)).toBeLessThanOrEqual(1600);
        const narrow = runJourney(['report', join(examples, 'touchpoint-improvements.journey')], dir);
        expect(narrow.stdout).toContain('width="1188"');
        expect(runJourney(['report', join(examples, 'activewear-first-purchase.journey'), '--format', 'md', '-o', 'activewear.md'], dir).code).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['activewear.md', 'activewear.svg']);
        expect(readFileSync(join(dir, 'activewear.md'), 'utf8')).toContain('## Map\n\n![The journey map](activewear.svg)');
        expect(width(readFileSync(join(dir, 'activewear.svg'), 'utf8'))).toBeLessThanOrEqual(1600);
    });

    it('refuses a persona the journey does not have, naming those it has', () => {
        const dir = workspace({ 'shared.journey': shared + 'persona Colleen "Colleen"\n', 'shop.journey': map.replace('owner Web', 'owner Web feels Colleen 1') });
        const result = runJourney(['render', 'shop.journey', '--persona', 'Sara'], dir);
        expect(result).toMatchObject({ code: 2, stdout: '' });
        expect(result.stderr).toBe("journey: --persona: Shop has no persona 'Sara'; its personas are Colleen, Sarah. Did you mean 'Sarah'?\n");
        expect(runJourney(['render', 'shop.journey', '--persona', 'Colleen,Nobody'], dir).stderr).toBe("journey: --persona: Shop has no persona 'Nobody'; its personas are Colleen, Sarah\n");
    });

    it('exits 2 for a missing file or a file without a journey', () => {
        const dir = workspace({ 'shared.journey': shared });
        expect(runJourney(['render', 'nope.journey'], dir)).toMatchObject({ code: 2, stderr: 'journey: no such file or folder: nope.journey\n' });
        expect(runJourney(['render', 'shared.journey'], dir)).toMatchObject({ code: 2, stderr: 'journey: shared.journey holds no journey to draw\n' });
    });
});
