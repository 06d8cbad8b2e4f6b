import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJourney, workspace } from '../../packages/cli/test/run-cli.js';
import { launchChromium } from './chromium.js';

const examples = resolve(import.meta.dirname, '../../examples');
const mermaidScript = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
/** Where the report's screenshot goes, for people to look at. */
const screenshotPath = join(tmpdir(), 'journey-report-activewear.png');

describe('reports in Chromium', () => {
    let browser: Browser;
    let site: string;
    beforeAll(async () => {
        site = workspace({});
        expect(runJourney(['report', examples, '-o', 'site', '--today', '2026-11-22'], site).stderr).toBe('');
        browser = await launchChromium();
    }, 60_000);
    afterAll(async () => { await browser?.close(); });

    /** Opens a page, recording console errors, page errors and every request that is not the page itself. */
    async function open(url: string): Promise<{ page: Page; problems: string[] }> {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const problems: string[] = [];
        page.on('console', message => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
        page.on('pageerror', error => problems.push(`page: ${error.message}`));
        page.on('request', request => { if (request.url() !== url) problems.push(`request: ${request.url()}`); });
        await page.goto(url);
        return { page, problems };
    }

    it('shows the HTML report with its diagram and every section, without errors or requests, on screen and in print', async () => {
        const url = pathToFileURL(join(site, 'site', 'ActivewearFirstPurchase.html')).href;
        const { page, problems } = await open(url);
        await page.screenshot({ path: screenshotPath, fullPage: true });
        const diagram = await page.locator('#map svg').boundingBox();
        // Wider than the page left to right (4,511 px), so drawn top to bottom, within the width bound.
        expect(diagram!.width).toBeGreaterThan(1000);
        expect(diagram!.width).toBeLessThanOrEqual(1600);
        // The diagram brings the Inter it is measured with, both weights, and the page's policy lets it load.
        const faces = await page.evaluate(async () => {
            await document.fonts.ready;
            const loaded: string[] = [];
            document.fonts.forEach(face => loaded.push(`${face.family} ${face.weight} ${face.status}`));
            return loaded.sort();
        });
        expect(faces).toEqual(['Journey Inter 400 loaded', 'Journey Inter 700 loaded']);
        const headings = await page.locator('h2').allTextContents();
        expect(headings).toEqual(['Fix first', 'Map', 'Freshness', 'Emotion curves', 'Segments compared', 'Pain points', 'Impact / effort', 'Experiments',
            'Metrics against targets', 'Moments of truth', 'Funnels', 'Drop-off along the flows', 'Persona x stage coverage', 'Channel mix',
            'Channel health', 'Diagnostics']);
        // The most important row of each ranked table comes first.
        expect(await page.locator('#metrics tbody tr').first().locator('td').first().textContent()).toBe('Cart abandonment');
        expect(await page.locator('#flows tbody tr').first().textContent()).toContain('70%');
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('nav').isVisible()).toBe(false);
        const printed = await page.evaluate(() => [document.querySelector('#map svg')!.getBoundingClientRect().right, document.body.getBoundingClientRect().right]);
        expect(printed[0]).toBeLessThanOrEqual(printed[1] + 1);
        expect(problems).toEqual([]);
        const index = await open(pathToFileURL(join(site, 'site', 'index.html')).href);
        expect(await index.page.locator('a').count()).toBe(5);
        expect(index.problems).toEqual([]);
    });

    it("parses the Markdown report's Mermaid block and every example's export with Mermaid's own parser", async () => {
        const { page } = await open('about:blank');
        await page.addScriptTag({ path: mermaidScript });
        const parse = (text: string) => page.evaluate(async source => {
            const mermaid = (window as unknown as { mermaid: { parse(text: string): Promise<{ diagramType: string }> } }).mermaid;
            try {
                return (await mermaid.parse(source)).diagramType;
            } catch (error) {
                return `error: ${(error as Error).message}`;
            }
        }, text);
        const md = runJourney(['report', join(examples, 'activewear-first-purchase.journey'), join(examples, 'shared.journey'), '-f', 'md'], site).stdout;
        const block = /```mermaid\n([\s\S]*?)```/.exec(md)![1];
        expect(await parse(block)).toBe('journey');
        for (const file of ['activewear-first-purchase.journey', 'curious-colleen-vacuum.journey', 'support-response-time.journey', 'touchpoint-improvements.journey']) {
            runJourney(['export', join(examples, file), '-o', `${file}.mmd`], site);
            expect(await parse(readFileSync(join(site, `${file}.mmd`), 'utf8')), file).toBe('journey');
        }
        // The parser does reject what is not a journey task: the checks above can fail.
        expect(await parse('journey\n  section A\n    Task: 3: Me\n  Bad; line\n')).toMatch(/^error/);
    });
});
