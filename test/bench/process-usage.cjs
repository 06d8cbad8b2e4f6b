// Preloaded with `node --require` into every process the CLI benchmark times: on exit it writes the process's
// CPU time (all its threads) and peak resident memory to the file JOURNEY_BENCH_USAGE_FILE names.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.JOURNEY_BENCH_USAGE_FILE;
if (file) {
    process.on('exit', () => {
        const { user, system } = process.cpuUsage();
        writeFileSync(file, JSON.stringify({ cpuMs: (user + system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024 }));
    });
}
