// How the language server is bundled, shared by this package's build (the `journey-language-server` command) and the
// VS Code extension's (its dist/language-server.cjs and, for VS Code for the Web, dist/web/language-server.js).
import { fileURLToPath } from 'node:url';

const source = path => fileURLToPath(new URL(path, import.meta.url));

/**
 * esbuild options for the Node bundle: one CommonJS file with the language, the diagram, Langium and the LSP
 * libraries inside (Langium is ESM-only; VS Code starts servers as CommonJS modules). `outfile` and minification
 * are the caller's.
 */
export const languageServerBuild = {
    entryPoints: [source('./src/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    // ESM code that resolves files next to itself (the fonts, the rasteriser's WebAssembly) keeps working in CommonJS.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" }
};

/** The Node built-ins the web worker gets stand-ins for (see src/web/node-builtins.ts). */
const nodeOnly = /^node:(module|fs|fs\/promises|url|v8|zlib)$/;

/**
 * esbuild options for the web worker bundle (src/web/worker-main.ts): the same server for a browser, as one script.
 * `node:path` becomes pathe (the same functions without Node); `outfile` and minification are the caller's.
 */
export const languageServerWebBuild = {
    entryPoints: [source('./src/web/worker-main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
    alias: { 'node:path': 'pathe' },
    // A script has no import.meta; the URL only reaches the stand-in createRequire, which ignores it.
    define: { 'import.meta.url': '"file:///journey-language-server/worker.js"' },
    plugins: [{
        name: 'node-built-ins',
        setup(build) {
            build.onResolve({ filter: nodeOnly }, () => ({ path: source('./src/web/node-builtins.ts') }));
        }
    }]
};
