import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folder the CLI names files relative to in its pictures (the current folder), as a URI ending in '/'. */
export function sourceRoot(cwd: string): string {
    return pathToFileURL(resolve(cwd, '_')).href.slice(0, -1);
}
