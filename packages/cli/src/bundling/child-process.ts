// Stands in for node:child_process in the CLI's bundle, for Commander only (see build-options.mjs). Commander
// requires the module when it loads, to spawn the executable of a subcommand given as a separate program, which
// the CLI never has; loading it (and the net, dgram and stream modules it pulls in) is work at every start.
// Here the real module is fetched at the first spawn.
import type { ChildProcess } from 'node:child_process';

/** Node's `spawn`, taking the same arguments as the real one. */
export function spawn(...args: unknown[]): ChildProcess {
    const { spawn: realSpawn } = process.getBuiltinModule('node:child_process');
    return Reflect.apply(realSpawn, undefined, args) as ChildProcess;
}
