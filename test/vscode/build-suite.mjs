// Bundles the Mocha suite (test/vscode/suite) into CommonJS in test/vscode/out/, where VS Code's extension
// host loads it. `vscode` comes from the host, Mocha from node_modules.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const suiteDir = fileURLToPath(new URL('./suite/', import.meta.url));
export const outDir = fileURLToPath(new URL('./out/', import.meta.url));

/** Builds the suite; returns the absolute path of its entry point (`run()`). */
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
