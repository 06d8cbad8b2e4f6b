// `mocha` in the web suite (build-suite.mjs maps the import here): Mocha's browser build defines its interface as
// globals once index.ts has set it up, before the spec is loaded.
import type * as MochaInterface from 'mocha';

const globals = globalThis as unknown as typeof MochaInterface;

export const { before, describe, it } = globals;
