import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CliError, fileError } from '../../cli-error.js';
import type { RootFinder } from '../find-root.js';

/**
 * The real path of the file a metric's `source` names, which must be relative to the map and, once links are
 * resolved, inside the map's workspace (its root as `journey check` finds it, see find-root.ts): a map cannot make
 * `journey report` read files elsewhere (`/proc/self/environ`, a key beside the checkout). `file` is as written in
 * the map; `where` says which metric asked for it.
 */
export async function sourceDataFile(map: string, file: string, cwd: string, where: string, rootOf: RootFinder): Promise<string> {
    const root = await rootOf(dirname(map), dirname(map));
    const path = resolve(dirname(map), file);
    const shown = relative(cwd, path) || path;
    const shownRoot = relative(cwd, root) || '.';
    if (isAbsolute(file)) {
        throw new CliError(`${where}${file} is not a path relative to the map; data files must be inside the map's workspace`);
    }
    if (!isInside(root, path)) {
        throw new CliError(`${where}${file} is outside the map's workspace (${shownRoot}); data files must be inside it`);
    }
    const real = await realpath(path).catch((err: unknown) => {
        throw fileError(err, 'read', shown, where);
    });
    if (!isInside(await realpath(root), real)) {
        throw new CliError(`${where}${shown} is a link that leads outside the map's workspace (${shownRoot}); data files must be inside it`);
    }
    return real;
}

/**
 * The files a `--metrics` path stands for: given on the command line, it may be anywhere; a folder stands for its
 * `*.csv` files in name order.
 */
export async function commandLineDataFiles(path: string, cwd: string): Promise<string[]> {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info?.isDirectory()) {
        return [absolute];
    }
    const files = (await readdir(absolute)).filter(name => name.toLowerCase().endsWith('.csv')).sort();
    if (files.length === 0) {
        throw new CliError(`no .csv files in folder ${path}`);
    }
    return files.map(name => join(absolute, name));
}

function isInside(folder: string, path: string): boolean {
    const inner = relative(folder, path);
    return inner !== '' && !isAbsolute(inner) && inner !== '..' && !inner.startsWith(`..${sep}`);
}
