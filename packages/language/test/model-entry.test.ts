import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageRoot = resolve(import.meta.dirname, '..');

/** The source files a bundle of `entry` pulls in, relative to the package. */
async function bundledInputs(entry: string): Promise<string[]> {
    const result = await build({
        entryPoints: [resolve(packageRoot, entry)], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', logLevel: 'silent'
    });
    return Object.keys(result.metafile.inputs);
}

describe('@journey-maps/language/model', () => {
    it('loads no Langium, parser or language-server code at run time', async () => {
        const inputs = await bundledInputs('src/model.ts');
        expect(inputs.some(input => input.endsWith('src/analysis/journey-analysis.ts'))).toBe(true);
        expect(inputs.filter(input => /node_modules\/(langium|chevrotain|vscode-)|src\/generated\//.test(input))).toEqual([]);
    });

    it('is told apart from the full entry, which does load Langium', async () => {
        const inputs = await bundledInputs('src/index.ts');
        expect(inputs.some(input => /node_modules\/langium\//.test(input))).toBe(true);
    });
});
