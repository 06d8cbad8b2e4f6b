import { writeFileSync } from 'node:fs';
import { syntheticWorkspace } from './synthetic-map.js';
const n = Number(process.argv[2]);
for (const [name, text] of Object.entries(syntheticWorkspace(n).files)) writeFileSync(`/tmp/big/${name}`, text);
