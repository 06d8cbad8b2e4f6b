import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { CliError } from '../cli-error.js';
import { isGlob } from './glob-arguments.js';

/** Folders never searched for maps. */
const ignoredFolders = new Set(['node_modules', '.git']);

/** A map the command line names, and where the search for its workspace root falls back to. */
export interface NamedMap {
    /** Absolute. */
    readonly file: string;
    /** The folder named, the folder of the file named, or the fixed start of the glob. */
    readonly base: string;
}

/**
 * Resolves the command line's paths (default: the current folder) to the maps they name, sorted and each once:
 * a folder stands for every `*.journey` below it, a glob for its `.journey` matches, a path that is not a folder
 * for itself if it is named `.journey` (a FIFO or a broken link too: reading it says what is wrong).
 * A path that does not exist, or a folder or glob without maps, is a usage error. Paths in `given` need not exist.
 */
export async function findNamedMaps(paths: readonly string[], cwd: string, given: ReadonlySet<string> = new Set()): Promise<NamedMap[]> {
    const found = new Map<string, NamedMap>();
    for (const path of paths.length > 0 ? paths : ['.']) {
        for (const named of await expand(path, cwd, given)) {
            if (!found.has(named.file)) {
                found.set(named.file, named);
            }
        }
    }
    return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}

async function expand(path: string, cwd: string, given: ReadonlySet<string>): Promise<NamedMap[]> {
    if (await isGlob(path)) {
        return expandGlob(path, cwd);
    }
    const absolute = resolve(cwd, path);
    if (given.has(absolute)) {
        return [{ file: absolute, base: dirname(absolute) }];
    }
    if (!(await lstat(absolute).then(() => true, () => false))) {
        throw new CliError(`no such file or folder: ${path}`);
    }
    if (!(await isFolder(absolute))) {
        if (!absolute.endsWith('.journey')) {
            throw new CliError(`${path} is not a .journey file`);
        }
        return [{ file: absolute, base: dirname(absolute) }];
    }
    const matches = await mapsBelow(absolute);
    if (matches.length === 0) {
        throw new CliError(`no .journey files in folder ${path}`);
    }
    return matches.map(file => ({ file, base: absolute }));
}

/**
 * Every `*.journey` below a folder, sorted, leaving out node_modules and .git: anything so named that is not
 * a folder counts. Linked folders are followed, each real folder once, so a link loop ends.
 */
export async function mapsBelow(folder: string): Promise<string[]> {
    const found: string[] = [];
    const visited = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
        const real = await realpath(dir).catch(() => undefined);
        if (real === undefined || visited.has(real)) {
            return;
        }
        visited.add(real);
        const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
        await Promise.all(entries.filter(entry => !ignoredFolders.has(entry.name)).map(async entry => {
            const path = join(dir, entry.name);
            if (entry.isDirectory() || (entry.isSymbolicLink() && await isFolder(path))) {
                await walk(path);
            } else if (entry.name.endsWith('.journey')) {
                found.push(path);
            }
        }));
    };
    await walk(folder);
    return found.sort();
}

async function isFolder(path: string): Promise<boolean> {
    return stat(path).then(info => info.isDirectory(), () => false);
}

/** The `.journey` files a glob matches, with the folder they all lie in: its segments before the first with a pattern. */
async function expandGlob(pattern: string, cwd: string): Promise<NamedMap[]> {
    const { glob, isDynamicPattern } = await import('tinyglobby');
    const segments = pattern.split(/[\\/]/);
    const fixed = segments.slice(0, segments.findIndex(segment => isDynamicPattern(segment)));
    const base = resolve(cwd, fixed.join(sep) || '.');
    const matches = (await glob(pattern, { cwd, absolute: true, ignore: [...ignoredFolders].map(name => `**/${name}/**`), onlyFiles: true }))
        .filter(file => file.endsWith('.journey'));
    if (matches.length === 0) {
        throw new CliError(`no files match '${pattern}'`);
    }
    return matches.map(file => ({ file: resolve(file), base }));
}
