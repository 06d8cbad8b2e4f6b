import { readFile } from 'node:fs/promises';
import { runtimeFile } from '../runtime-file.js';
import type { TextStyle } from './measure-text.js';

/**
 * The Inter font files the diagram's text is measured with (see fontMetrics): given to the PNG rasteriser and
 * subset into the SVG. A bundle that carries them in fonts/ beside itself (the VS Code extension) reads them there.
 */
export function interFontFile(weight: TextStyle['weight']): string {
    const file = weight === 'bold' ? '700Bold/Inter_700Bold.ttf' : '400Regular/Inter_400Regular.ttf';
    return runtimeFile(`fonts/${file.split('/')[1]}`, `@expo-google-fonts/inter/${file}`);
}

const fonts = new Map<TextStyle['weight'], Promise<Buffer>>();

/** The bytes of interFontFile, read once per process. */
export function interFontBytes(weight: TextStyle['weight']): Promise<Buffer> {
    let font = fonts.get(weight);
    if (!font) {
        font = readFile(interFontFile(weight));
        font.catch(() => fonts.delete(weight));
        fonts.set(weight, font);
    }
    return font;
}

/** A weight as CSS writes it. */
export function cssWeight(weight: TextStyle['weight']): number {
    return weight === 'bold' ? 700 : 400;
}
