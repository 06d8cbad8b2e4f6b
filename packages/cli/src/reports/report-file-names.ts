import { basename, extname } from 'node:path';
import { CliError } from '../cli-error.js';
import type { ReportInput } from './report-input.js';

/** The folder's index page takes this name. */
export const indexName = 'index';

/**
 * The name (without extension) of each journey's report in a folder of reports, so that no two files collide, even
 * where case does not count (macOS, Windows): the journey's name; `<name>-<map file>` when journeys in several maps
 * share a name; `<name>-journey` for a journey named like the index.
 */
export function reportNames(inputs: readonly ReportInput[]): string[] {
    const key = (name: string) => name.toLowerCase();
    const uses = new Map<string, number>();
    inputs.forEach(input => uses.set(key(input.model.name), (uses.get(key(input.model.name)) ?? 0) + 1));
    return inputs.map(({ model: { name }, file }) => {
        const base = uses.get(key(name))! > 1 ? `${name}-${basename(file, extname(file))}` : name;
        return key(base) === indexName ? `${base}-journey` : base;
    });
}

/** Stops before writing when two of the planned files would still be one (e.g. two journeys of one name in one map). */
export function refuseCollisions(paths: Iterable<string>, shown: (path: string) => string): void {
    const seen = new Map<string, string>();
    for (const path of paths) {
        const other = seen.get(path.toLowerCase());
        if (other !== undefined) {
            throw new CliError(`two reports would both be written to ${shown(path)}: rename one of the journeys`);
        }
        seen.set(path.toLowerCase(), path);
    }
}
