import { unescape } from 'html-escaper';
import { cssWeight, interFontBytes } from '../text/inter-font.js';
import { typography, type TextRole } from '../text/typography.js';
import type { TextStyle } from '../text/measure-text.js';
import { loadSubsetter, type Subsetter } from './harfbuzz-subset.js';
import { ttfToWoff2 } from './woff2.js';

/**
 * The name of the font face the SVG carries: a subset of Inter, the font its text is measured with, holding
 * the glyphs the SVG shows. The style sheet names it first, so the text looks the same on machines without Inter.
 */
export const embeddedFamily = 'Journey Inter';

type Weight = TextStyle['weight'];

/**
 * The OpenType features browsers and resvg apply by default, with the glyphs they reach (kerning, contextual
 * alternates such as the colon between digits): the SVG in a browser looks as its PNG. Less than half the
 * size of harfbuzz's default set, which also keeps fractions and the like.
 */
const keepFeatures = ['kern', 'calt', 'liga', 'ccmp', 'locl', 'mark', 'mkmk'];

/**
 * The subsetter (harfbuzz as WebAssembly) is loaded on the first SVG only, and a process without it, such as
 * the language server of a packaged extension (whose preview ships Inter itself), draws SVG without the
 * embedded face.
 */
let subsetter: Promise<Subsetter | null> | undefined;
function loadedSubsetter(): Promise<Subsetter | null> {
    subsetter ??= loadSubsetter().catch(() => null);
    return subsetter;
}

/** Subsets already made, by weight and glyphs; the oldest go first past `cacheSize`. */
const subsets = new Map<string, Promise<string>>();
const cacheSize = 64;

function subset(weight: Weight, glyphs: string, subsetter: Subsetter): Promise<string> {
    const key = `${weight}:${glyphs}`;
    let face = subsets.get(key);
    if (!face) {
        face = interFontBytes(weight)
            .then(font => ttfToWoff2(subsetter(font, glyphs, keepFeatures)))
            .then(woff2 => woff2.toString('base64'));
        face.catch(() => subsets.delete(key));
        subsets.set(key, face);
        if (subsets.size > cacheSize) {
            subsets.delete(subsets.keys().next().value!);
        }
    }
    return face;
}

const textElement = /<text class="t-([A-Za-z]+)[^"]*"[^>]*>([^<]*)<\/text>/g;

/** The characters each weight shows, sorted, from the SVG's text elements (classed by typography role). */
export function glyphsByWeight(svg: string): Map<Weight, string> {
    const chars = new Map<Weight, Set<string>>();
    for (const [, role, text] of svg.matchAll(textElement)) {
        const style = typography[role as TextRole] as TextStyle | undefined;
        if (!style) {
            continue;
        }
        const set = chars.get(style.weight) ?? new Set<string>();
        for (const char of unescape(text)) {
            set.add(char);
        }
        chars.set(style.weight, set);
    }
    return new Map([...chars].sort(([a], [b]) => a.localeCompare(b)).map(([weight, set]) => [weight, [...set].sort().join('')]));
}

/**
 * Starts the subsetter's WebAssembly (compiled off the main thread) and reads the fonts, so that a first
 * SVG does not wait for them after its layout.
 */
export function warmUpFontEmbedding(): void {
    void loadedSubsetter().then(loaded => {
        if (loaded) {
            void subset('regular', ' ', loaded).catch(() => undefined);
            void interFontBytes('bold').catch(() => undefined);
        }
    });
}

/**
 * The SVG with `@font-face` rules at the top of its style sheet: for each weight it uses, the subset of Inter
 * holding its characters, as WOFF2 in a data URI. Unchanged when harfbuzzjs is not installed.
 */
export async function embedFont(svg: string): Promise<string> {
    const glyphs = glyphsByWeight(svg);
    const subsetter = glyphs.size === 0 ? null : await loadedSubsetter();
    if (!subsetter) {
        return svg;
    }
    const faces = await Promise.all([...glyphs].map(async ([weight, chars]) =>
        `@font-face{font-family:'${embeddedFamily}';font-style:normal;font-weight:${cssWeight(weight)};`
        + `src:url(data:font/woff2;base64,${await subset(weight, chars, subsetter)}) format('woff2')}`));
    return svg.replace('<style>', `<style>${faces.join('\n')}\n`);
}
