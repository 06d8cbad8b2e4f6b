// Bundles the extension and the language server into CommonJS for VS Code (Langium is ESM-only), and copies
// the TextMate grammar generated into the repository's syntaxes/ next to them (vsce packs this folder only).
// `--production` minifies and leaves out source maps (for the .vsix).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');

mkdirSync('syntaxes', { recursive: true });
copyFileSync('../../syntaxes/journey.tmLanguage.json', 'syntaxes/journey.tmLanguage.json');

await build({
    entryPoints: {
        extension: 'src/extension/main.ts',
        'language-server': 'src/language-server/main.ts'
    },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    logLevel: 'warning'
});
