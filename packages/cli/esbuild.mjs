// Bundles the CLI into dist/journey.mjs and its chunks (see build-options.mjs), which bin/journey.js runs.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { cliBuild } from './build-options.mjs';

// Chunk names carry a hash of their content: the chunks of an earlier build go first.
rmSync(cliBuild.outdir, { recursive: true, force: true });
await build({ ...cliBuild, sourcemap: true });
