import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileError } from '../cli-error.js';

/**
 * Writes a file so that readers see the old content or the new one, never half of it: the content goes to a
 * temporary file beside the target, which then replaces it.
 */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await writeFile(temporary, content);
        await rename(temporary, path);
    } catch (err) {
        await rm(temporary, { force: true });
        throw fileError(err, 'write', path);
    }
}
