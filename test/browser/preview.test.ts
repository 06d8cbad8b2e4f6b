// The preview's webview bundle (packages/vscode/dist/webview/preview.js) in headless Chromium, in the very page the
// extension serves (its Content-Security-Policy included), with a stand-in `acquireVsCodeApi` that records what
// the page sends. Screenshots land in test/browser/out/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lanes, renderDiagram, themes, type ThemeName } from '@journey-maps/diagram';
import type { JourneyModel } from '@journey-maps/language';
import { exampleFiles, modelsOf } from '../../packages/diagram/test/example-models.js';
import { previewHtml } from '../../packages/vscode/src/extension/preview/preview-html.js';
import type { FromWebview, PreviewState, ToWebview } from '../../packages/vscode/src/protocol/webview.js';
import { launchBrowser } from '../vscode/browser.mjs';

const extensionDir = resolve(import.meta.dirname, '../../packages/vscode');
const outDir = resolve(import.meta.dirname, 'out');
const ORIGIN = 'https://preview.test';
const MAP_URI = 'file:///examples/activewear-first-purchase.journey';
const state: PreviewState = { uri: MAP_URI, locked: false, options: { personas: [], hideLanes: [], compact: false, direction: 'right' } };

/** A few of the variables VS Code gives a webview, per theme (VS Code sets them on <html> and a class on <body>). */
const vscodeThemes = {
    'vscode-light': {
        '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#3b3b3b', '--vscode-descriptionForeground': '#717171',
        '--vscode-editorWidget-background': '#f8f8f8', '--vscode-focusBorder': '#005fb8', '--vscode-panel-border': '#e5e5e5',
        '--vscode-button-secondaryBackground': '#e5e5e5', '--vscode-button-secondaryForeground': '#3b3b3b',
        '--vscode-inputValidation-errorBackground': '#f2dede', '--vscode-inputValidation-errorBorder': '#be1100',
        '--vscode-errorForeground': '#a1260d', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px'
    },
    'vscode-dark': {
        '--vscode-editor-background': '#1f1f1f', '--vscode-editor-foreground': '#cccccc', '--vscode-descriptionForeground': '#9d9d9d',
        '--vscode-editorWidget-background': '#202020', '--vscode-focusBorder': '#0078d4', '--vscode-panel-border': '#2b2b2b',
        '--vscode-button-secondaryBackground': '#313131', '--vscode-button-secondaryForeground': '#cccccc',
        '--vscode-inputValidation-errorBackground': '#5a1d1d', '--vscode-inputValidation-errorBorder': '#be1100',
        '--vscode-errorForeground': '#f85149', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px'
    }
} as const;
type VsCodeTheme = keyof typeof vscodeThemes;

declare global {
    interface Window {
        /** What the page posted through the stand-in `acquireVsCodeApi`. */
        sent: FromWebview[];
        /** What it kept with `setState`. */
        savedState: unknown;
        /** Content-Security-Policy violations the page reported. */
        violations: string[];
    }
}

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.map': 'application/json' };

describe('the preview webview in Chromium', () => {
    let browser: BrowserContext;
    let profile: string;
    let page: Page;
    let model: JourneyModel;
    let consoleErrors: string[];
    // As the language server renders for the preview: the page has Inter, the SVG does not carry it.
    const svgOf = (theme: ThemeName, journey = model) => renderDiagram(journey, { theme, colours: 'variables', embedFont: false });

    beforeAll(async () => {
        const script = join(extensionDir, 'dist/webview/preview.js');
        expect(() => readFileSync(script), `${script} is missing: run \`npm run build\` first`).not.toThrow();
        const models = await modelsOf(exampleFiles());
        model = models.get('ActivewearFirstPurchase')!;
        mkdirSync(outDir, { recursive: true });
        profile = mkdtempSync(join(tmpdir(), 'journey-preview-browser-'));
        browser = await launchBrowser(profile, { width: 1200, height: 760 });
        await browser.route(`${ORIGIN}/**`, route => {
            const path = new URL(route.request().url()).pathname;
            if (path === '/') {
                return route.fulfill({
                    contentType: 'text/html',
                    body: previewHtml({ cspSource: ORIGIN, styleUri: `${ORIGIN}/media/preview.css`, scriptUri: `${ORIGIN}/dist/webview/preview.js` })
                });
            }
            const file = resolve(extensionDir, `.${path}`);
            return file.startsWith(extensionDir) && /^\/(media|dist\/webview|dist\/fonts)\//.test(path)
                ? route.fulfill({ contentType: contentTypes[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) })
                : route.fulfill({ status: 404 });
        });
    }, 120_000);

    afterAll(async () => {
        await browser?.close();
        rmSync(profile, { recursive: true, force: true });
    });

    beforeEach(async () => {
        page = await browser.newPage();
        consoleErrors = [];
        page.on('console', message => {
            if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('dialog', dialog => {
            consoleErrors.push(`a dialog opened: ${dialog.message()}`);
            void dialog.dismiss();
        });
        await page.addInitScript(themes => {
            window.sent = [];
            window.violations = [];
            document.addEventListener('securitypolicyviolation', event => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
            let acquired = false;
            Object.assign(window, {
                acquireVsCodeApi: () => {
                    if (acquired) throw new Error('acquireVsCodeApi called twice');
                    acquired = true;
                    return {
                        postMessage: (message: FromWebview) => window.sent.push(message),
                        setState: (saved: unknown) => { window.savedState = saved; }
                    };
                }
            });
            document.addEventListener('DOMContentLoaded', () => {
                document.body.className = 'vscode-light';
                for (const [name, value] of Object.entries(themes['vscode-light'])) document.documentElement.style.setProperty(name, value);
            });
        }, vscodeThemes);
        await page.goto(`${ORIGIN}/`);
        await waitForSent({ type: 'ready' });
    });

    async function post(message: ToWebview): Promise<void> {
        await page.evaluate(data => window.postMessage(data, '*'), message);
    }

    /** Resolves with the first message the page sent that has the fields of `expected`, once there is one. */
    async function waitForSent(expected: Partial<FromWebview>): Promise<FromWebview> {
        const handle = await page.waitForFunction(fields => window.sent.find(message =>
            Object.entries(fields).every(([key, value]) => JSON.stringify((message as Record<string, unknown>)[key]) === JSON.stringify(value))), expected);
        return await handle.jsonValue() as FromWebview;
    }

    async function render(version: number, svg: string, journey = model): Promise<void> {
        const personas = journey.personas.map(({ name, title }) => ({ name, title }));
        await post({ type: 'render', diagram: { version, svg, personas, lanes }, state });
        await waitForSent({ type: 'rendered', version });
    }

    async function switchTheme(theme: VsCodeTheme): Promise<void> {
        await page.evaluate(([name, variables]) => {
            document.body.className = name;
            for (const [variable, value] of Object.entries(variables)) document.documentElement.style.setProperty(variable, value);
        }, [theme, vscodeThemes[theme]] as const);
    }

    async function expectNoViolations(): Promise<void> {
        expect(await page.evaluate(() => window.violations)).toEqual([]);
        expect(consoleErrors).toEqual([]);
    }

    it('enforces its Content-Security-Policy (an inline style attribute is refused)', async () => {
        await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div style="color: red">probe</div>'));
        await page.waitForFunction(() => window.violations.length > 0);
        expect(await page.evaluate(() => window.violations)).toEqual([expect.stringMatching(/^style-src-attr/)]);
    });

    it('renders the diagram with its styles, the persona and lane toggles, and keeps its state', async () => {
        await render(1, await svgOf('light'));
        const svg = page.locator('.canvas svg.journey-map');
        await expect(svg.getAttribute('data-uri')).resolves.toBe('activewear-first-purchase.journey');
        expect(await page.locator('.canvas svg style').count()).toBe(0);
        // The diagram's own rules apply (through the nonce'd style element): a stage band has the palette's colour.
        const band = await page.locator('.jm-stage-band').first().evaluate(element => getComputedStyle(element).fill);
        expect(band).toBe(rgb(themes.light['stage-band']));
        expect(await page.locator('input[name^="persona:"]').count()).toBe(model.personas.length);
        expect(await page.locator('input[name^="lane:"]').count()).toBe(lanes.length);
        expect(await page.evaluate(() => window.savedState)).toEqual(state);
        await page.screenshot({ path: join(outDir, 'preview-light.png') });
        await expectNoViolations();
    });

    it('sends the source range of a clicked element, and of nothing after a drag', async () => {
        await render(1, await svgOf('light'));
        const card = page.locator('.canvas g.jm-card').first();
        const range = await card.getAttribute('data-range');
        await card.click();
        const reveal = await waitForSent({ type: 'reveal' });
        expect(reveal.type === 'reveal' && `${reveal.range.start.line}:${reveal.range.start.character}-${reveal.range.end.line}:${reveal.range.end.character}`).toBe(range);
        const box = (await card.boundingBox())!;
        await page.mouse.move(box.x + 5, box.y + 5);
        await page.mouse.down();
        await page.mouse.move(box.x + 80, box.y + 60, { steps: 5 });
        await page.mouse.up();
        expect(await page.evaluate(() => window.sent.filter(message => message.type === 'reveal').length)).toBe(1);
        await expectNoViolations();
    });

    it('highlights the innermost element under the editor cursor', async () => {
        await render(1, await svgOf('light'));
        const touchpoint = model.touchpoints[0];
        await post({ type: 'highlight', position: { line: touchpoint.range.start.line, character: touchpoint.range.start.character + 1 } });
        await page.waitForSelector('.jm-highlight');
        expect(await page.locator('.jm-highlight').getAttribute('data-id')).toBe(await page.locator(`[data-range^="${touchpoint.range.start.line}:${touchpoint.range.start.character}-"]`).first().getAttribute('data-id'));
        expect(await page.locator('.jm-highlight').count()).toBe(1);
        await post({ type: 'highlight', position: { line: 0, character: 0 } });
        await page.waitForSelector('.jm-highlight', { state: 'detached' });
    });

    it('keeps the element under the cursor highlighted when the diagram is redrawn', async () => {
        await render(1, await svgOf('light'));
        const touchpoint = model.touchpoints[1];
        await post({ type: 'highlight', position: { line: touchpoint.range.start.line, character: touchpoint.range.start.character + 1 } });
        await page.waitForSelector('.jm-highlight');
        const highlighted = await page.locator('.jm-highlight').getAttribute('data-id');
        await render(2, await svgOf('light'));
        expect(await page.locator('.jm-highlight').count()).toBe(1);
        expect(await page.locator('.jm-highlight').getAttribute('data-id')).toBe(highlighted);
    });

    it('refuses to untick the last persona shown, and says so', async () => {
        await render(1, await svgOf('light'));
        const boxes = page.locator('input[name^="persona:"]');
        expect(await boxes.count()).toBe(1);
        await boxes.first().uncheck({ force: true }).catch(() => undefined);
        expect(await boxes.first().isChecked()).toBe(true);
        expect(await page.evaluate(() => window.sent.filter(message => message.type === 'options'))).toEqual([]);
        expect(await page.locator('label.refused').count()).toBe(1);
        expect(await page.locator('label.refused').evaluate(label => getComputedStyle(label, '::after').content)).toBe('"(at least one persona stays shown)"');
    });

    it('draws a diagram that comes with an error (an unknown name) under a banner saying what it leaves out', async () => {
        const range = { start: { line: 20, character: 14 }, end: { line: 20, character: 18 } };
        const personas = model.personas.map(({ name, title }) => ({ name, title }));
        await post({ type: 'render', diagram: { version: 1, svg: await svgOf('light'), personas, lanes, problem: { message: "Unknown channel 'webb'.", range } }, state });
        await waitForSent({ type: 'rendered', version: 1 });
        const banner = page.locator('.banner');
        await banner.waitFor({ state: 'visible' });
        expect(await banner.textContent()).toBe("Line 21: Unknown channel 'webb'. The diagram leaves out what does not resolve.");
        await render(2, await svgOf('light'));
        await banner.waitFor({ state: 'hidden' });
    });

    it('turns the map top to bottom: the toggle asks for it, "Fit width" fills the window, the element under the cursor scrolls into view', async () => {
        await render(1, await svgOf('light'));
        expect(await page.getByRole('button', { name: 'Fit the width to the window' }).isHidden()).toBe(true);
        await page.locator('input[name="down"]').check();
        await waitForSent({ type: 'options', options: { ...state.options, direction: 'down' } });
        const down = { ...state, options: { ...state.options, direction: 'down' as const } };
        const personas = model.personas.map(({ name, title }) => ({ name, title }));
        await post({ type: 'render', diagram: { version: 2, svg: await renderDiagram(model, { colours: 'variables', embedFont: false, direction: 'down' }), personas, lanes }, state: down });
        await waitForSent({ type: 'rendered', version: 2 });
        const fitWidth = page.getByRole('button', { name: 'Fit the width to the window' });
        expect(await fitWidth.isVisible()).toBe(true);
        const viewport = (await page.locator('.viewport').boundingBox())!;
        const fitted = async () => (await page.locator('.canvas svg.journey-map').boundingBox())!;
        // Shown from its top, its width filling the window (the map is wider than the window here).
        expect((await fitted()).width).toBeCloseTo(viewport.width, 0);
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await fitWidth.click();
        expect((await fitted()).width).toBeCloseTo(viewport.width, 0);
        const last = model.touchpoints.at(-1)!;
        const card = page.locator(`.canvas g.jm-card[data-id="touchpoint:${last.name}"]`);
        expect((await card.boundingBox())!.y).toBeGreaterThan(viewport.y + viewport.height);
        await post({ type: 'highlight', position: { line: last.range.start.line, character: last.range.start.character + 1 } });
        await page.waitForSelector('.jm-highlight');
        await expect.poll(async () => (await card.boundingBox())!.y + (await card.boundingBox())!.height).toBeLessThanOrEqual(viewport.y + viewport.height);
        await page.screenshot({ path: join(outDir, 'preview-down.png') });
        await expectNoViolations();
    });

    it('follows the editor theme: neutral colours from --vscode-* at once, the palette from the next render', async () => {
        await render(1, await svgOf('light'));
        const background = () => page.locator('.jm-bg').evaluate(element => getComputedStyle(element).fill);
        expect(await background()).toBe(rgb(vscodeThemes['vscode-light']['--vscode-editor-background']));
        await switchTheme('vscode-dark');
        expect(await background()).toBe(rgb(vscodeThemes['vscode-dark']['--vscode-editor-background']));
        await render(2, await svgOf('dark'));
        const band = await page.locator('.jm-stage-band').first().evaluate(element => getComputedStyle(element).fill);
        expect(band).toBe(rgb(themes.dark['stage-band']));
        await page.screenshot({ path: join(outDir, 'preview-dark.png') });
        await expectNoViolations();
    });

    it('keeps the last good diagram under a banner naming the first error; the banner goes to it', async () => {
        await render(3, await svgOf('light'));
        const range = { start: { line: 20, character: 14 }, end: { line: 20, character: 18 } };
        await post({ type: 'error', uri: MAP_URI, version: 4, message: "Could not resolve reference to Channel named 'webb'.", range });
        const banner = page.locator('.banner');
        await banner.waitFor({ state: 'visible' });
        expect(await banner.textContent()).toMatch(/^Line 21: Could not resolve reference to Channel named 'webb'\. The diagram shows the last version/);
        expect(await page.locator('.canvas svg').count()).toBe(1);
        await banner.click();
        expect(await waitForSent({ type: 'reveal' })).toEqual({ type: 'reveal', range });
        await page.screenshot({ path: join(outDir, 'preview-error.png') });
        // An older render arriving late is dropped; the next good one clears the banner.
        await post({ type: 'render', diagram: { version: 2, svg: '<svg xmlns="http://www.w3.org/2000/svg" class="late"/>', personas: [], lanes }, state });
        await render(5, await svgOf('light'));
        expect(await page.locator('svg.late').count()).toBe(0);
        await banner.waitFor({ state: 'hidden' });
    });

    it('shows user text as text: markup in a map runs nothing and trips no policy', async () => {
        const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
        const journeys = await modelsOf({
            'hostile.journey': `journey Hostile "${hostile}" {\n  personas P\n  stage S "${hostile}" {\n    touchpoint T "${hostile}" {\n      feels P +1 "${hostile}"\n    }\n  }\n}\npersona P "${hostile}"\n`
        });
        const journey = journeys.get('Hostile')!;
        await render(1, await svgOf('light', journey), journey);
        expect(await page.locator('.canvas script, .canvas img, .canvas foreignObject').count()).toBe(0);
        expect(await page.locator('.canvas svg').textContent()).toContain('<script>alert(1)</script>');
        expect(await page.locator('.filters').textContent()).toContain('<img src=x onerror=alert(2)>');
        await expectNoViolations();
    });
});

function rgb(hex: string): string {
    const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
}
