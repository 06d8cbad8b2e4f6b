// Bundles the CLI into one ESM file: Langium is ESM-only, and one bundled file starts about 3x faster.
import { build } from 'esbuild';

await build({
    entryPoints: ['src/main.ts'],
    outfile: 'dist/journey.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // elkjs only asks for web-worker when given a worker URL.
    external: ['web-worker'],
    // Bundled CommonJS dependencies (vscode-languageserver) call require() for Node's built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
});
