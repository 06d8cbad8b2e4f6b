// How the language server is bundled, shared by this package's build (the `journey-language-server` command) and the
// VS Code extension's (its dist/language-server.cjs): one CommonJS file with the language, the diagram, Langium and
// the LSP libraries inside (Langium is ESM-only; VS Code starts servers as CommonJS modules).
import { fileURLToPath } from 'node:url';

/** esbuild options for the server bundle; `outfile` and minification are the caller's. */
export const languageServerBuild = {
    entryPoints: [fileURLToPath(new URL('./src/main.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    // ESM code that resolves files next to itself (the fonts, the rasteriser's WebAssembly) keeps working in CommonJS.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" }
};
