import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyModel } from '@journey-maps/language';
import { renderDiagram } from '../src/index.js';
import { glyphsByWeight } from '../src/svg/embedded-font.js';
import { relativeUri } from '../src/svg/source-uri.js';
import { ttfToWoff2 } from '../src/svg/woff2.js';
import { interFontFile } from '../src/text/inter-font.js';
import { exampleFiles, modelsOf } from './example-models.js';

describe('SVG', () => {
    let models: Map<string, JourneyModel>;
    beforeAll(async () => { models = await modelsOf(exampleFiles()); });

    it('matches the golden SVG of each example, and is well-formed XML', async () => {
        for (const [name, model] of models) {
            const svg = await renderDiagram(model);
            expect(XMLValidator.validate(svg), name).toBe(true);
            await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
        }
    });

    it('carries the subset of Inter its text shows, for each weight, named first', async () => {
        const svg = await renderDiagram(models.get('TouchpointImprovements')!);
        const faces = [...svg.matchAll(/@font-face\{font-family:'Journey Inter';font-style:normal;font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\('woff2'\)\}/g)];
        expect(faces.map(face => face[1])).toEqual(['700', '400']);
        for (const [, , base64] of faces) {
            const font = Buffer.from(base64, 'base64');
            expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
            expect(font.length).toBeLessThan(12_000);
        }
        expect(svg).toContain(".journey-map{font-family:'Journey Inter',Inter,sans-serif}");
        const bold = glyphsByWeight(svg).get('bold')!;
        expect(bold).toContain('★');
        expect(glyphsByWeight('<text class="t-detail jm-muted" x="1" y="2">a &lt;b&gt; &amp; a</text>')).toEqual(new Map([['regular', ' &<>ab']]));
        const plain = await renderDiagram(models.get('TouchpointImprovements')!, { embedFont: false });
        expect(plain).not.toContain('@font-face');
        expect(svg.replace(/@font-face[^\n]*\n/g, '')).toBe(plain);
    });

    it('writes WOFF2 with every table kept, compressed with Brotli', async () => {
        const ttf = readFileSync(interFontFile('regular'));
        const woff2 = await ttfToWoff2(ttf);
        expect(woff2.toString('latin1', 0, 4)).toBe('wOF2');
        expect(woff2.readUInt32BE(8)).toBe(woff2.length);
        expect(woff2.readUInt16BE(12)).toBe(ttf.readUInt16BE(4));
        expect(woff2.length).toBeLessThan(ttf.length / 2);
    });

    it('escapes every text, so a title with markup stays text', async () => {
        const hostile = '<script>alert("x")</script> & \'quotes\'';
        const [model] = (await modelsOf({ 'map.journey': `journey J "${hostile.replace(/"/g, '\\"')}" { stage S "${hostile.replace(/"/g, '\\"')}" {
            touchpoint T "a <b> & c" { channel web feels P 1 "<i>" } } pain X "x & y" at T { severity abandon } }\npersona P "P <&>"` })).values();
        const svg = await renderDiagram(model);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).not.toContain('<script>');
        expect(svg).not.toContain('<b>');
        expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
        const texts: string[] = [];
        const collect = (node: unknown): void => {
            if (typeof node === 'string') texts.push(node);
            else if (node && typeof node === 'object') Object.entries(node).forEach(([key, value]) => key === '#text' ? texts.push(String(value)) : collect(value));
        };
        collect(new XMLParser({ processEntities: true, htmlEntities: true }).parse(svg));
        expect(texts).toContain('a <b> & c');
        expect(texts).toContain('x & y');
    });

    it('draws a map with numbers out of bounds without Infinity or NaN', async () => {
        const huge = `1${'0'.repeat(400)}`;
        const [model] = (await modelsOf({ 'map.journey': `persona P
            journey J { reviewed 2026-01-01 every 99999999 weeks scale -${huge} .. ${huge}
              stage S { touchpoint T { feels P ${huge} feels P 1 moment of truth { score ease ${huge} } } touchpoint U { feels P -${huge} } }
              flow P { T -> U ${huge}% T -> drop 20% }
              metric M at T { baseline ${huge} current ${huge} target -${huge} }
            }` })).values();
        const svg = await renderDiagram(model);
        expect(XMLValidator.validate(svg)).toBe(true);
        // The embedded font's base64 may hold any letters; the drawing may not.
        expect(svg.replace(/<style>[\s\S]*?<\/style>/, '')).not.toMatch(/NaN|Infinity|e\+\d/);
    });

    it('cuts very long texts to a few lines, with a long emotion word in full in a tooltip', async () => {
        const long = 'word '.repeat(2_000).trim();
        const [model] = (await modelsOf({ 'map.journey': `persona P "${long}" persona Q "${long}"
            journey J "${long}" { personas P, Q stage S "${long}" { touchpoint T "${long}" { feels P 1 "${long}" } touchpoint U }
              flow P "${long}" { T -> U "${long}" } pain X "${long}" at T metric M "${long}" at T }` })).values();
        const svg = await renderDiagram(model);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg.match(/<text class="t-subtitle/g)?.length).toBeLessThanOrEqual(3);
        expect(svg.match(/<text class="t-detail"/g)?.length).toBeLessThanOrEqual(3);
        const emotion = /<g class="jm-emotion"[^>]*>(.*?)<\/g>/.exec(svg)![1];
        expect(emotion).toContain(`<title>${long}</title>`);
        const word = /<text class="t-label" x="([\d.-]+)"[^>]*>([^<]*)<\/text>/.exec(emotion)!;
        expect(Number(word[1])).toBeGreaterThan(0);
        expect(word[2].endsWith('…')).toBe(true);
        expect(svg.length).toBeLessThan(60_000);
    });

    it('marks every drawn element with its id and source range', async () => {
        const svg = await renderDiagram(models.get('ActivewearFirstPurchase')!);
        const groups = svg.match(/<g class="jm-(card|flow|pain|metric-badge|emotion|stage)"[^>]*>/g)!;
        expect(groups.length).toBeGreaterThan(60);
        groups.forEach(group => expect(group).toMatch(/data-id="[^"]+"[^>]*data-range="\d+:\d+-\d+:\d+"/));
        expect(svg).toMatch(/data-id="curve:Sarah" data-range="[\d:-]+" data-uri="shared.journey"/);
    });

    it("names files relative to the map's folder, or to the folder given, never by an absolute path", async () => {
        const model = models.get('ActivewearFirstPurchase')!;
        const svg = await renderDiagram(model, { embedFont: false });
        expect(svg).toMatch(/^<svg [^>]*data-uri="activewear-first-purchase.journey"/);
        expect(svg).not.toContain('file://');
        const fromRoot = await renderDiagram(model, { embedFont: false, sourceRoot: 'file:///' });
        expect(fromRoot).toMatch(/^<svg [^>]*data-uri="examples\/activewear-first-purchase.journey"/);
        expect(fromRoot).toContain('data-uri="examples/shared.journey"');
        expect(relativeUri('file:///maps/a%20b/shared.journey', 'file:///maps/current/')).toBe('../a b/shared.journey');
        expect(relativeUri('untitled:Untitled-1', 'file:///maps/')).toBe('untitled:Untitled-1');
    });

    it('takes colours from custom properties with light and dark defaults, or writes them out', async () => {
        const model = models.get('CuriousColleenVacuum')!;
        const light = await renderDiagram(model);
        const dark = await renderDiagram(model, { theme: 'dark' });
        expect(light).toContain('--jm-bg:#ffffff');
        expect(dark).toContain('--jm-bg:#0d1117');
        expect(light).toContain('.jm-card{fill:var(--jm-card-bg);stroke:var(--jm-card-border)}');
        const fixed = await renderDiagram(model, { theme: 'dark', colours: 'fixed' });
        expect(fixed).not.toContain('var(--');
        expect(fixed).toContain('.jm-bg{fill:#0d1117}');
    });

    it('gives the same bytes for the same map, and drops the result when the caller gives up', async () => {
        const model = models.get('SupportResponseTime')!;
        expect(await renderDiagram(model)).toBe(await renderDiagram(model));
        const controller = new AbortController();
        const pending = renderDiagram(model, { signal: controller.signal });
        controller.abort();
        await expect(pending).rejects.toThrow(/abort/i);
    });
});
