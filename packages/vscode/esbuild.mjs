// Bundles the extension and the language server (packages/language-server, as its own build bundles it) into CommonJS
// for VS Code (Langium is ESM-only), the preview's
// webview script for the browser, and copies next to them what they load at run time: the hand-written TextMate
// grammar in the repository's syntaxes/ (vsce packs this folder only), the diagram's fonts (dist/fonts, for the webview
// and the server's PNG) and the PNG rasteriser's WebAssembly (dist/resvg.wasm): the server finds both beside itself.
// dist/web/ holds the same for VS Code for the Web (the manifest's `browser`).
// `--production` minifies and leaves out source maps (for the .vsix).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { languageServerBuild, languageServerWebBuild } from '@journey-maps/language-server/build-options';

const production = process.argv.includes('--production');
const packages = createRequire(import.meta.url);

mkdirSync('syntaxes', { recursive: true });
copyFileSync('../../syntaxes/journey.tmLanguage.json', 'syntaxes/journey.tmLanguage.json');
mkdirSync('dist/fonts', { recursive: true });
for (const font of ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf']) {
    copyFileSync(packages.resolve(`@expo-google-fonts/inter/${font}`), `dist/fonts/${font.split('/')[1]}`);
}
copyFileSync(packages.resolve('@resvg/resvg-wasm/index_bg.wasm'), 'dist/resvg.wasm');

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning' };

await Promise.all([
    build({
        ...common,
        entryPoints: { extension: 'src/extension/main.ts' },
        outdir: 'dist',
        outExtension: { '.js': '.cjs' },
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode']
    }),
    build({ ...languageServerBuild, ...common, outfile: 'dist/language-server.cjs' }),
    // VS Code for the Web: the extension for the web extension host (CommonJS, as it loads extensions) and the
    // language server as a web worker script.
    build({
        ...common,
        entryPoints: { extension: 'src/extension/web/browser-main.ts' },
        outdir: 'dist/web',
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode']
    }),
    build({ ...languageServerWebBuild, ...common, outfile: 'dist/web/language-server.js' }),
    build({
        ...common,
        entryPoints: { preview: 'src/webview/main.ts' },
        outdir: 'dist/webview',
        platform: 'browser',
        format: 'iife',
        target: 'es2022'
    })
]);
