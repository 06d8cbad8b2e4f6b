import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/chromium.js';
import { runJourney, workspace } from '../../packages/cli/test/run-cli.js';

/** Text attackers put where free text goes: markup, script URLs, event handlers, formulas, Markdown links. */
const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '<svg><foreignObject><iframe src=\\"javascript:alert(1)\\"></iframe></foreignObject></svg>',
    '</text><script>alert(1)</script>',
    '\\" onmouseover=\\"alert(1)',
    'a{background:url(https://evil.example/x.png)}',
    '=HYPERLINK(\\"https://evil.example\\",\\"click\\")',
    '+cmd|\' /C calc\'!A0',
    '@SUM(1+1)',
    '-2+3',
    '[click](javascript:alert(1))',
    '![x](https://evil.example/pixel.png)',
    '<details open ontoggle=alert(1)>',
    '%%{init: {\\"securityLevel\\": \\"loose\\"}}%%'
];

let next = 0;
/** The next payload, as a quoted text. */
const t = () => `"${payloads[next++ % payloads.length]}"`;

const map = () => `persona Sarah ${t()} { description ${t()} goal ${t()} frustration ${t()} motivation ${t()} quote ${t()} segment Busy }
segment Busy ${t()} { description ${t()} }
team Web ${t()} { description ${t()} }
channel kiosk ${t()} physical
journey Hostile ${t()} {
  kind current-state goal ${t()} scope ${t()} owner Web personas Sarah reviewed 2026-10-01
  stage Find ${t()} {
    goal ${t()} expects ${t()} question ${t()}
    touchpoint Ad ${t()} { channel kiosk owner Web does ${t()} thinks ${t()} says ${t()} support ${t()} artifact ${t()} feels Sarah 1 ${t()}
      moment of truth { goal ${t()} risk ${t()} improvement ${t()} score ease 3 }
    }
    touchpoint Pay ${t()} { channel web owner Web feels Sarah -1 ${t()} }
    touchpoint Pack ${t()} { owner Web backstage does ${t()} support ${t()} }
  }
  flow Sarah ${t()} { Ad -> Pay 40% ${t()} Pay -> drop 60% ${t()} }
  metric Conv ${t()} at Ad { unit ${t()} baseline 1 current 2 target 3 source ${t()} }
  metric Wait ${t()} at Pay { unit ${t()} current 9 target 2 better lower }
  pain Slow ${t()} at Pay { severity abandon affects Sarah evidence ${t()} }
  opportunity Fix ${t()} { solves Slow impact high effort low owner Web description ${t()} }
  experiment Try ${t()} { for Fix hypothesis ${t()} metric Conv expect -10% status won result ${t()} }
}
`;

describe('hostile text in every free-text field', () => {
    let browser: Browser;
    let dir: string;
    beforeAll(async () => {
        dir = workspace({ 'hostile.journey': map() });
        browser = await launchChromium();
    });
    afterAll(async () => browser?.close());

    it('checks like any other text', () => {
        const result = runJourney(['check', '--today', '2026-11-22', '--format', 'json'], dir);
        expect(JSON.parse(result.stdout).summary.errors).toBe(0);
    });

    it.each([
        ['the HTML report', ['report', 'hostile.journey', '--format', 'html', '-o', 'report.html', '--today', '2026-11-22'], 'report.html'],
        ['the SVG diagram', ['render', 'hostile.journey', '-o', 'map.svg'], 'map.svg']
    ])('%s runs no script and requests nothing in Chromium', async (_name, args, output) => {
        expect(runJourney(args, dir).code).toBe(0);
        const page = await browser.newPage();
        const events: string[] = [];
        page.on('dialog', dialog => { events.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
        page.on('request', request => { if (!request.url().endsWith(`/${output}`)) events.push(`request: ${request.url()}`); });
        page.on('pageerror', error => events.push(`error: ${error.message}`));
        await page.goto(pathToFileURL(join(dir, output)).href, { waitUntil: 'load' });
        await page.mouse.move(200, 200);
        const live = await page.evaluate(() => ({
            scripts: document.querySelectorAll('script').length,
            frames: document.querySelectorAll('iframe, foreignObject, object, embed').length,
            handlers: Array.from(document.querySelectorAll('*')).flatMap(element => Array.from(element.attributes).map(a => a.name)).filter(name => name.startsWith('on')),
            scriptLinks: Array.from(document.querySelectorAll('[href], [src]')).map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? '').filter(url => /^\s*javascript:/i.test(url))
        }));
        await page.close();
        expect(live).toEqual({ scripts: 0, frames: 0, handlers: [], scriptLinks: [] });
        expect(events).toEqual([]);
    });

    it('the Markdown report and the Mermaid export carry no live markup, links or directives', () => {
        const markdown = runJourney(['report', 'hostile.journey', '--format', 'md', '--today', '2026-11-22'], dir).stdout;
        const mermaid = runJourney(['export', 'hostile.journey', '--format', 'mermaid'], dir).stdout;
        for (const text of [markdown, mermaid]) {
            expect(text).not.toMatch(/<(script|img|iframe|details|svg)\b/i);
            expect(text).not.toMatch(/\]\(\s*(javascript|https?):/i);
        }
        // Inside a Mermaid diagram, `%%{...}%%` would be a directive (e.g. loosening its security level).
        const diagrams = [mermaid, ...markdown.split('```mermaid').slice(1).map(block => block.split('```')[0])];
        expect(diagrams.length).toBe(2);
        for (const diagram of diagrams) {
            expect(diagram).not.toMatch(/%%\{/);
        }
    });

    it('the CSV tables start no cell with a formula character', () => {
        expect(runJourney(['report', 'hostile.journey', '--format', 'csv', '-o', 'tables/', '--today', '2026-11-22'], dir).code).toBe(0);
        const files = readdirSync(join(dir, 'tables')).filter(name => name.endsWith('.csv'));
        expect(files.length).toBeGreaterThanOrEqual(4);
        for (const file of files) {
            const rows = parse(readFileSync(join(dir, 'tables', file), 'utf8')) as string[][];
            for (const cell of rows.flat()) {
                expect(cell, `${file}: ${cell}`).not.toMatch(/^[=+@]|^-(?!\d+(\.\d+)?$)/);
            }
        }
    });
});
