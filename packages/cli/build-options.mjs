// How the CLI is bundled, shared by the build (esbuild.mjs) and the test that checks what each command loads.
// ESM (Langium is ESM-only), split by command: src/commands/command-loaders.ts imports each command on demand,
// and esbuild makes each dynamic import a chunk of its own, so `journey --version` reads a few kilobytes and
// `journey check` never reads ELK, the PNG rasteriser, the report builders or the file watcher. Minified: a
// smaller file compiles faster at every start.
import { fileURLToPath } from 'node:url';

/** Langium's document builder, the one module of Langium's core that imports the LSP protocol package. */
const documentBuilder = /[\\/]langium[\\/]lib[\\/]workspace[\\/]document-builder\.js$/;

/** Commander's command class, the one module of Commander that requires node:child_process. */
const commanderCommand = /[\\/]commander[\\/]lib[\\/]command\.js$/;

/** Replaces an import of `filter` by `importer` with `replacement` (a file of src/bundling/). */
function standIn(name, filter, importer, replacement) {
    return {
        name,
        setup(build) {
            build.onResolve({ filter }, args => importer.test(args.importer)
                ? { path: fileURLToPath(new URL(`./src/bundling/${replacement}`, import.meta.url)) }
                : undefined);
        }
    };
}

/** esbuild options for dist/journey.mjs and its chunks under dist/chunks/. */
export const cliBuild = {
    entryPoints: { journey: fileURLToPath(new URL('./src/main.ts', import.meta.url)) },
    outdir: fileURLToPath(new URL('./dist', import.meta.url)),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // elkjs only asks for web-worker when given a worker URL.
    external: ['web-worker'],
    // Bundled CommonJS dependencies (Commander, vscode-languageserver-types) call require() for Node's built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // The two error names Langium's core takes from vscode-languageserver-protocol come from
    // src/bundling/protocol-errors.ts: the whole package (and JSON-RPC's Node transport) is not loaded at start.
    // Commander's node:child_process is src/bundling/child-process.ts: the real module is loaded at its first spawn.
    plugins: [
        standIn('protocol-errors', /^vscode-languageserver-protocol$/, documentBuilder, 'protocol-errors.ts'),
        standIn('commander-child-process', /^(node:)?child_process$/, commanderCommand, 'child-process.ts')
    ]
};
