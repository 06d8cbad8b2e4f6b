import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directions, renderDiagram } from '../../packages/diagram/src/index.js';
import { exampleFiles, modelsOf } from '../../packages/diagram/test/example-models.js';
import { launchChromium } from './chromium.js';

/**
 * The diagram measures its text with Inter's metrics; here Chromium lays the text out itself, on a machine
 * without Inter installed, and its own text boxes must stay inside their card, badge, band or lane cell, and
 * clear of each other.
 */

/** Where the SVGs go, for people to open in a browser. */
const folder = mkdtempSync(join(tmpdir(), 'journey-text-fit-'));

/** A map of `touchpoints` touchpoints with long titles, `personas` personas with long names and equal scores. */
function generatedMap(touchpoints: number, personas: number): Record<string, string> {
    const names = Array.from({ length: personas }, (_, i) => `P${i}`);
    const shared = names.map((name, i) => `persona ${name} "Persona number ${i + 1} with a rather long descriptive name, a frequent returning customer"`).join('\n')
        + '\nteam Web "Web experience and conversion optimisation team"\n';
    const lines = [`journey Generated${touchpoints}x${personas} "A generated journey of ${touchpoints} touchpoints with a long title that goes on and on to test wrapping" {`,
        `  personas ${names.join(', ')}`];
    for (let s = 0; s * 10 < touchpoints; s++) {
        lines.push(`  stage S${s} "Stage ${s}: a stage whose title is much longer than the column it heads" {`,
            `    goal "Get everything that was ordered delivered on time, without any surprises along the way ${s}"`,
            `    expects "A delivery date she can trust" question "Will it arrive before the weekend, or do I need to stay at home?"`);
        for (let t = s * 10; t < Math.min(touchpoints, (s + 1) * 10); t++) {
            const score = (t % 5) - 2;
            const feels = names.map(name => `feels ${name} ${score} "${t % 3 === 0 ? 'overwhelmed and frustrated' : 'curious'}"`).join(' ');
            lines.push(`    touchpoint T${t} "Touchpoint ${t}: Supercalifragilisticexpialidocious checkout confirmation page" { channel web owner Web ${t % 7 === 0 ? 'indirect' : ''} does "Reads the long explanation of the delivery options ${t}" `
                + `thinks "Surely there is a cheaper option somewhere on this page" says "Why does delivery cost more than the leggings themselves?" `
                + `artifact "Order confirmation email with the delivery window and a returns label" support "Order management system and the courier's tracking API" `
                + `${t % 4 === 3 ? 'backstage' : ''} ${feels} }`);
        }
        lines.push('  }');
    }
    lines.push(`  flow P0 {`, ...Array.from({ length: touchpoints - 1 }, (_, t) => `    T${t} -> T${t + 1} 90% "continues to the next step"`), `    T${touchpoints - 1} -> drop 10% "abandons"`, '  }');
    if (touchpoints > 3) {
        lines.push('  flow "Back and forth" {', '    T3 -> T1 "goes back to compare"', '    T0 -> T2 20%', '  }');
    }
    for (let t = 0; t < touchpoints; t += 5) {
        lines.push(`  pain X${t} "A painfully long pain point title about unexpected delivery costs ${t}" at T${t} { severity abandon affects P0 }`);
        lines.push(`  opportunity O${t} "Show the delivery costs on every product page, early ${t}" { solves X${t} impact high effort low owner Web }`);
        lines.push(`  metric M${t} "Checkout conversion rate of returning customers ${t}" at T${t} { unit % current 45 target 50 better higher }`);
        lines.push(`  experiment E${t} "Delivery costs on the product page against costs at the checkout ${t}" { for O${t} kind ab-test `
            + `hypothesis "Customers who see the delivery costs early abandon fewer carts at the checkout" metric M${t} expect +10% observed +12% status won `
            + `result "Rolled out to every product page after two weeks" }`);
    }
    lines.push('}', '');
    return { 'shared.journey': shared, 'generated.journey': lines.join('\n') };
}

interface Misfit {
    text: string;
    container: string;
}

interface FitReport {
    texts: number;
    width: number;
    /** The distances between neighbouring columns of cards (direction right), leaving out those with a drop-off between. */
    columnSteps: number[];
    /** Persona legend texts that cross the box of the emotion scale's scores. */
    legendOnAxis: string[];
    /** Texts whose box leaves their container (by more than half a pixel). */
    spills: Misfit[];
    /** Pairs of texts whose boxes overlap (by more than half a pixel each way). */
    overlaps: [string, string][];
    /** Texts drawn with an outline (inherited from their group's shape style), which thickens and blurs them. */
    stroked: string[];
}

describe('text fit in Chromium without Inter installed', () => {
    let browser: Browser;
    const svgs = new Map<string, string>();
    beforeAll(async () => {
        const models = await modelsOf(exampleFiles());
        for (const direction of directions) {
            for (const [name, model] of models) {
                svgs.set(`${name}-${direction}`, await renderDiagram(model, { direction }));
            }
            for (const [touchpoints, personas] of [[1, 1], [10, 1], [10, 3], [50, 2], [50, 3], [200, 2]]) {
                const [model] = (await modelsOf(generatedMap(touchpoints, personas))).values();
                svgs.set(`${model.name}-${direction}`, await renderDiagram(model, { direction }));
            }
        }
        browser = await launchChromium();
    }, 300_000);
    afterAll(async () => { await browser?.close(); });

    it('runs on a machine without Inter', () => {
        expect(execFileSync('fc-list', { encoding: 'utf8' })).not.toMatch(/\binter\b/i);
    });

    /** Each text with its container: the nearest wide rectangle before it in its group (card, band, badge, lane cell, label). */
    async function fit(name: string, svg: string): Promise<FitReport> {
        const file = join(folder, `${name}.svg`);
        writeFileSync(file, svg);
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(pathToFileURL(file).href);
        await page.evaluate(() => document.fonts.ready);
        const report = await page.evaluate(() => {
            const svg = document.documentElement as unknown as SVGSVGElement;
            const label = (element: Element) => `${element.closest('[data-id]')?.getAttribute('data-id') ?? element.parentElement?.getAttribute('class')}: ${element.textContent}`;
            const texts = Array.from(svg.querySelectorAll('text'));
            const boxes = texts.map(text => text.getBBox());
            const spills: { text: string; container: string }[] = [];
            texts.forEach((text, i) => {
                let container: SVGRectElement | undefined;
                for (let sibling = text.previousElementSibling; sibling && !container; sibling = sibling.previousElementSibling) {
                    if (sibling instanceof SVGRectElement && sibling.getBBox().width >= 20) container = sibling;
                }
                const box = boxes[i];
                const outer = container?.getBBox() ?? { x: 0, y: 0, width: svg.width.baseVal.value, height: svg.height.baseVal.value };
                const slack = 0.5;
                if (box.x < outer.x - slack || box.y < outer.y - slack || box.x + box.width > outer.x + outer.width + slack || box.y + box.height > outer.y + outer.height + slack) {
                    spills.push({ text: label(text), container: container ? `rect ${container.getAttribute('class')}` : 'the diagram' });
                }
            });
            const overlaps: [string, string][] = [];
            for (let i = 0; i < texts.length; i++) {
                for (let j = i + 1; j < texts.length; j++) {
                    const [a, b] = [boxes[i], boxes[j]];
                    const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
                    const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
                    if (dx > 0.5 && dy > 0.5) overlaps.push([label(texts[i]), label(texts[j])]);
                }
            }
            const stroked = texts.filter(text => getComputedStyle(text).stroke !== 'none').map(label);
            const xs = [...new Set(Array.from(svg.querySelectorAll('g.jm-card > rect.jm-card'), rect => (rect as SVGRectElement).getBBox().x))].sort((a, b) => a - b);
            const drops = Array.from(svg.querySelectorAll('g.jm-drop > rect'), rect => (rect as SVGRectElement).getBBox().x);
            const columnSteps = xs.slice(1).map((x, i) => [xs[i], x]).filter(([a, b]) => !drops.some(drop => drop > a && drop < b)).map(([a, b]) => b - a);
            const scores = Array.from(svg.querySelectorAll('g.jm-emotions > text'), text => (text as SVGTextElement).getBBox());
            const axis = scores.length === 0 ? undefined : {
                left: Math.min(...scores.map(b => b.x)), right: Math.max(...scores.map(b => b.x + b.width)),
                top: Math.min(...scores.map(b => b.y)), bottom: Math.max(...scores.map(b => b.y + b.height))
            };
            const legendOnAxis = Array.from(svg.querySelectorAll('g.jm-curve > text'), text => text as SVGTextElement)
                .filter(text => {
                    const b = text.getBBox();
                    return axis !== undefined && b.x < axis.right && axis.left < b.x + b.width && b.y < axis.bottom && axis.top < b.y + b.height;
                }).map(label);
            return { texts: texts.length, width: svg.width.baseVal.value, columnSteps, legendOnAxis, spills, overlaps, stroked };
        });
        await page.close();
        return report;
    }

    // Before the diagram carried its font, Chromium fell back to a wider one. Texts out of their container, and
    // overlapping pairs: Activewear 29/0, Colleen 9/0, Support 26/4, Improvements 9/1, generated 10x1 19/4,
    // 10x3 19/36, 50x2 107/56, 50x3 107/156 (the overlaps: emotion words of personas with equal scores, and the
    // persona legend over the scale's labels).
    it('keeps every text inside its card, band, badge or lane cell, and texts clear of each other', async () => {
        const counts: Record<string, { texts: number; spills: number; overlaps: number }> = {};
        const widths: Record<string, number> = {};
        const steps: Record<string, number> = {};
        const legendOnAxis: Record<string, string[]> = {};
        const spills: Record<string, Misfit[]> = {};
        const overlaps: Record<string, [string, string][]> = {};
        const stroked: Record<string, number> = {};
        for (const [name, svg] of svgs) {
            const report = await fit(name, svg);
            counts[name] = { texts: report.texts, spills: report.spills.length, overlaps: report.overlaps.length };
            if (report.spills.length > 0) spills[name] = report.spills;
            if (report.overlaps.length > 0) overlaps[name] = report.overlaps;
            if (report.stroked.length > 0) stroked[name] = report.stroked.length;
            if (report.legendOnAxis.length > 0) legendOnAxis[name] = report.legendOnAxis;
            widths[name] = report.width;
            if (name.endsWith('-right') && report.columnSteps.length > 0) steps[name] = Math.max(...report.columnSteps);
        }
        console.log('widths:', widths, 'widest step between touchpoint columns (right):', steps);
        console.log(`text fit (the SVGs are in ${folder}):`, counts);
        expect(spills).toEqual({});
        expect(overlaps).toEqual({});
        expect(stroked).toEqual({});
        expect(legendOnAxis).toEqual({});
        // Down: any number of touchpoints within 1,600 px, so a page that wide shows the text at its set size.
        expect(Object.entries(widths).filter(([name, width]) => name.endsWith('-down') && width > 1600)).toEqual([]);
        // Right: a touchpoint column is at most 200 px wide, except where flows crossing between two columns need routing room.
        expect(Object.entries(steps).filter(([name, step]) => name.startsWith('Generated') && step > 200.5)).toEqual([]);
    }, 600_000);
});
