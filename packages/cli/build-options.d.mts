import type { BuildOptions } from 'esbuild';

/** esbuild options for dist/journey.mjs and its chunks under dist/chunks/. */
export declare const cliBuild: BuildOptions & { outdir: string };
