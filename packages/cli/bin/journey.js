#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps the compiled CLI on disk between runs; older Node has no compile cache and starts as before.
module.enableCompileCache?.();
await import('../dist/journey.mjs');
