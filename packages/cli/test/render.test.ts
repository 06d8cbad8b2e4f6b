import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

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
        expect(result.stderr).toBe('');
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
        const result = runJourney(['render', join(examples, 'support-response-time.journey'), '-o', 'map.svg', '--persona', 'Marco', '--hide', 'pains', 'metrics'], dir);
        expect(result.code).toBe(0);
        const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
        expect(svg).toContain('data-id="curve:Marco"');
        expect(svg).not.toContain('data-id="curve:Colleen"');
        expect(svg).not.toContain('class="jm-pain"');
        expect(svg).not.toContain('class="jm-metric-badge"');
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

    it('exits 2 for a missing file or a file without a journey', () => {
        const dir = workspace({ 'shared.journey': shared });
        expect(runJourney(['render', 'nope.journey'], dir)).toMatchObject({ code: 2, stderr: 'journey: no such file or folder: nope.journey\n' });
        expect(runJourney(['render', 'shared.journey'], dir)).toMatchObject({ code: 2, stderr: 'journey: shared.journey holds no journey to draw\n' });
    });
});
