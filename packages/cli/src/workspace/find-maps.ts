import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from '../cli-error.js';

const ignored = ['**/node_modules/**', '**/.git/**'];

/**
 * Resolves the command line's paths to absolute `.journey` file paths, sorted and each once:
 * a folder stands for every `*.journey` below it, a glob for its `.journey` matches, a file for itself
 * (if it is a `.journey` file).
 * A path that does not exist, or a folder or glob without maps, is a usage error.
 */
export async function findMaps(paths: readonly string[], cwd: string): Promise<string[]> {
    const found = new Set<string>();
    for (const path of paths.length > 0 ? paths : ['.']) {
        for (const file of await expand(path, cwd)) {
            found.add(file);
        }
    }
    return [...found].sort();
}

async function expand(path: string, cwd: string): Promise<string[]> {
    if (isDynamicPattern(path)) {
        const matches = (await glob(path, { cwd, absolute: true, ignore: ignored, onlyFiles: true })).filter(file => file.endsWith('.journey'));
        if (matches.length === 0) {
            throw new CliError(`no files match '${path}'`);
        }
        return matches;
    }
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
        throw new CliError(`no such file or folder: ${path}`);
    }
    if (info.isFile()) {
        if (!absolute.endsWith('.journey')) {
            throw new CliError(`${path} is not a .journey file`);
        }
        return [absolute];
    }
    const matches = await glob('**/*.journey', { cwd: absolute, absolute: true, ignore: ignored, onlyFiles: true });
    if (matches.length === 0) {
        throw new CliError(`no .journey files in folder ${path}`);
    }
    return matches;
}
