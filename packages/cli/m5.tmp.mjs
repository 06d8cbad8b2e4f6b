import { build } from 'esbuild';
import { cliBuild } from './build-options.mjs';
const { metafile } = await build({ ...cliBuild, write: false, metafile: true, logLevel: 'silent' });
const outs = metafile.outputs;
const find = re => Object.keys(outs).find(k => re.test(outs[k].entryPoint ?? ''));
const seen = new Set(); const todo = [find(/src\/main\.ts$/), find(new RegExp(`commands/${process.argv[2] ?? 'check'}\\.ts$`))];
while (todo.length) { const o = todo.pop(); if (seen.has(o)) continue; seen.add(o); todo.push(...outs[o].imports.filter(i => i.kind === 'import-statement' && !i.external).map(i => i.path)); }
let total = 0; const rows = [];
for (const o of seen) { total += outs[o].bytes; for (const [k, v] of Object.entries(outs[o].inputs)) if (v.bytesInOutput > 2500) rows.push([v.bytesInOutput, k.replace('../../node_modules/', '')]); }
rows.sort((a, b) => b[0] - a[0]); console.log('total', total); for (const r of rows.slice(0, 40)) console.log(r[0], r[1]);
