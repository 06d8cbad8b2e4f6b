import { createRequire } from 'node:module';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { fontMetrics } from '../text/font-metrics.js';

/**
 * resvg (a native module) is loaded on the first PNG only, so that a process without it, such as the
 * language server of a packaged extension, still starts and draws SVG.
 */
function loadResvg(): typeof ResvgClass {
    try {
        return (createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: typeof ResvgClass }).Resvg;
    } catch {
        throw new Error('PNG needs the @resvg/resvg-js package, which is not installed here; SVG works without it');
    }
}

/**
 * The font files the diagram measures its text with (see fontMetrics), so PNG text is laid out as in the SVG.
 * Resolved on demand: a bundle (the VS Code language server) resolves them from where it runs.
 */
function interFontFiles(): string[] {
    const packages = createRequire(import.meta.url);
    return ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map(file => packages.resolve(`@expo-google-fonts/inter/${file}`));
}

/**
 * Rasterises an SVG rendered with `colours: 'fixed'` without a browser, with the bundled fonts only, so the
 * picture is the same on every machine.
 */
export function svgToPng(svg: string): Buffer {
    const Resvg = loadResvg();
    const resvg = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles: interFontFiles(), defaultFontFamily: fontMetrics.family },
        fitTo: { mode: 'zoom', value: 1 }
    });
    return resvg.render().asPng();
}
