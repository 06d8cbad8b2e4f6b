import { randomBytes } from 'node:crypto';
import { chmod, chown, link, rename, rm, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
    /** The file being replaced: the new one keeps its permission bits and (where allowed) its owner. */
    readonly replacing?: Stats;
    /** Never replace an existing file (or link): the write fails with EEXIST instead. */
    readonly exclusive?: boolean;
    /** Asked just before the new content takes the file's place; false leaves the file as it is. */
    readonly stillCurrent?: () => Promise<boolean>;
}

/**
 * Writes a regular file so that readers see the old content or the new one, never half of it: the content goes to
 * a temporary file beside the target, which then takes its place (renamed over it, or linked in when `exclusive`).
 * Resolves to false when `stillCurrent` said no. System errors are passed on as they are.
 */
export async function writeAtomically(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<boolean> {
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    const { replacing } = options;
    try {
        await writeFile(temporary, content, { flag: 'wx' });
        if (replacing) {
            await chmod(temporary, replacing.mode & 0o7777);
            // Only root may give a file away; anyone else keeps their own.
            await chown(temporary, replacing.uid, replacing.gid).catch(() => undefined);
        }
        if (options.stillCurrent && !await options.stillCurrent()) {
            return false;
        }
        if (!options.exclusive) {
            await rename(temporary, path);
        } else {
            await link(temporary, path).catch(async (err: NodeJS.ErrnoException) => {
                // File systems without hard links: an exclusive create, not atomic but never over a file.
                if (err.code === 'EEXIST') {
                    throw err;
                }
                await writeFile(path, content, { flag: 'wx' });
            });
        }
        return true;
    } finally {
        await rm(temporary, { force: true }).catch(() => undefined);
    }
}
