import { createRequire } from 'node:module';
import type { TextStyle } from './measure-text.js';

/**
 * The Inter font files the diagram's text is measured with (see fontMetrics): given to the PNG rasteriser and
 * subset into the SVG. Resolved on demand: a bundle (the VS Code language server) resolves them from where it runs.
 */
export function interFontFile(weight: TextStyle['weight']): string {
    const file = weight === 'bold' ? '700Bold/Inter_700Bold.ttf' : '400Regular/Inter_400Regular.ttf';
    return createRequire(import.meta.url).resolve(`@expo-google-fonts/inter/${file}`);
}

/** A weight as CSS writes it. */
export function cssWeight(weight: TextStyle['weight']): number {
    return weight === 'bold' ? 700 : 400;
}
