import { createRequire } from 'node:module';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { fontMetrics } from '../text/font-metrics.js';
import { interFontFile } from '../text/inter-font.js';

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
 * Rasterises an SVG rendered with `colours: 'fixed'` without a browser, with the bundled fonts only, so the
 * picture is the same on every machine.
 */
export function svgToPng(svg: string): Buffer {
    const Resvg = loadResvg();
    const resvg = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles: [interFontFile('regular'), interFontFile('bold')], defaultFontFamily: fontMetrics.family },
        fitTo: { mode: 'zoom', value: 1 }
    });
    return resvg.render().asPng();
}
