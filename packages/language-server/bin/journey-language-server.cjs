#!/usr/bin/env node
// `journey-language-server --stdio` (or `--node-ipc`, `--socket=<port>`): the bundled server.
if (process.argv.includes('--version')) {
    console.log(require('../package.json').version);
} else {
    require('../dist/journey-language-server.cjs');
}
