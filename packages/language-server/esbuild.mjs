// Bundles the language server into dist/journey-language-server.cjs, which bin/journey-language-server.cjs runs.
import { build } from 'esbuild';
import { languageServerBuild } from './build-options.mjs';

await build({ ...languageServerBuild, outfile: 'dist/journey-language-server.cjs', sourcemap: true });
