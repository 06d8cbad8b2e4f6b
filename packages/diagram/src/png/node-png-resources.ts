import { readFile } from 'node:fs/promises';
import { runtimeFile } from '../runtime-file.js';
import { interFontBytes } from '../text/inter-font.js';
import type { PngResources } from './svg-to-png.js';

let resources: Promise<PngResources> | undefined;

/** The rasteriser's WebAssembly and the Inter fonts, read from disk once per process. */
export function nodePngResources(): Promise<PngResources> {
    resources ??= Promise.all([readFile(runtimeFile('resvg.wasm', '@resvg/resvg-wasm/index_bg.wasm')), interFontBytes('regular'), interFontBytes('bold')])
        .then(([wasm, regular, bold]) => ({ wasm, fonts: [regular, bold] }));
    resources.catch(() => {
        resources = undefined;
    });
    return resources;
}
