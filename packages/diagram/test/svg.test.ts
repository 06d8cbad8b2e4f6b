import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyModel } from '@journey-maps/language';
import { renderDiagram } from '../src/index.js';
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
        expect(svg).not.toMatch(/NaN|Infinity|e\+\d/);
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
        expect(svg).toMatch(/data-id="curve:Sarah" data-range="[\d:-]+" data-uri="file:\/\/\/examples\/shared.journey"/);
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
