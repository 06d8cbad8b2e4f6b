// Bundles the Mocha suites: test/vscode/suite into CommonJS in test/vscode/out/, where VS Code's extension host
// loads it (`vscode` comes from the host, Mocha from node_modules), and test/vscode/web-suite for the web extension
// host (a web worker) into the extension's dist/web-suite/ (VS Code for the Web loads tests from inside the
// extension's folder; .vscodeignore keeps them out of the .vsix).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const suiteDir = fileURLToPath(new URL('./suite/', import.meta.url));
export const outDir = fileURLToPath(new URL('./out/', import.meta.url));
const webSuiteDir = fileURLToPath(new URL('./web-suite/', import.meta.url));
const webOutDir = fileURLToPath(new URL('../../packages/vscode/dist/web-suite/', import.meta.url));

/** Builds the desktop suite; returns the absolute path of its entry point (`run()`). */
export async function buildSuite() {
    await build({
        entryPoints: readdirSync(suiteDir).filter(name => name === 'index.ts' || name.endsWith('.spec.ts')).map(name => suiteDir + name),
        outdir: outDir,
        outExtension: { '.js': '.cjs' },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode', 'mocha'],
        sourcemap: 'inline',
        logLevel: 'warning'
    });
    return `${outDir}index.cjs`;
}

/** Builds the web suite into one browser script; returns its absolute path. */
export async function buildWebSuite() {
    await build({
        entryPoints: { index: `${webSuiteDir}index.ts` },
        outdir: webOutDir,
        bundle: true,
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode'],
        // The desktop suite's helpers use Node's assert; Mocha's interface is global in its browser build.
        alias: { 'node:assert/strict': `${webSuiteDir}strict-assert.ts` },
        plugins: [{
            name: 'mocha-interface',
            setup(build) {
                build.onResolve({ filter: /^mocha$/ }, () => ({ path: `${webSuiteDir}mocha-interface.ts` }));
            }
        }],
        sourcemap: 'inline',
        logLevel: 'warning'
    });
    return `${webOutDir}index.js`;
}
