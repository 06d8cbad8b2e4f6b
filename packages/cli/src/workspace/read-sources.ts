import { constants, type FileHandle, open } from 'node:fs/promises';
import pLimit from 'p-limit';
import { decodeMapText } from './decode-map-text.js';

/** Maps larger than this (in MB) are refused unless --max-file-size allows them; 50,000 touchpoints take about 8 MB. */
export const defaultMaxFileSizeMb = 32;

/** Files read at once: enough to keep the disk busy, few enough never to run out of file handles. */
const concurrentReads = 32;

/** Bytes asked for at least per read. */
const minimumRead = 16 * 1024;

/** A map read as text, or why it could not be, as the end of "the file is …" (e.g. "saved as UTF-16: save it as UTF-8"). */
export type MapSource = { readonly file: string; readonly text: string } | { readonly file: string; readonly problem: string };

/**
 * Reads each map (an absolute path) as UTF-8 text. A map that cannot be read, is not a regular file, is not
 * UTF-8 text or is larger than the limit is not a failure of the whole run: its source says why instead.
 */
export async function readSources(files: readonly string[], maxFileSizeMb = defaultMaxFileSizeMb): Promise<MapSource[]> {
    const limit = pLimit(concurrentReads);
    return Promise.all(files.map(file => limit(() => readSource(file, maxFileSizeMb))));
}

async function readSource(file: string, maxFileSizeMb: number): Promise<MapSource> {
    const read = await readRegularFile(file, Math.floor(maxFileSizeMb * 1024 * 1024));
    if ('problem' in read) {
        return { file, problem: read.problem === 'too large' ? `over the ${maxFileSizeMb} MB limit (raise it with --max-file-size)` : read.problem };
    }
    const decoded = decodeMapText(read.bytes);
    return 'text' in decoded ? { file, text: decoded.text } : { file, problem: decoded.problem };
}

/**
 * The bytes of a regular file of at most `maxBytes`, or why not ("not a regular file", "too large", "unreadable
 * (ENOENT)"). Never waits on a FIFO, a device or a socket, and never reads more than the limit.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<{ readonly bytes: Uint8Array } | { readonly problem: string }> {
    let handle: FileHandle;
    try {
        // Not blocking: opening a FIFO must not wait for a writer; what is opened is checked before it is read.
        handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (err) {
        return { problem: `unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
    }
    try {
        const info = await handle.stat();
        if (!info.isFile()) {
            return { problem: 'not a regular file' };
        }
        const bytes = await readUpTo(handle, maxBytes, info.size);
        return bytes ? { bytes } : { problem: 'too large' };
    } catch (err) {
        return { problem: `unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
    } finally {
        await handle.close();
    }
}

/**
 * The whole content, or undefined as soon as it is more than `limit` bytes: the size the file system
 * states (`expected`) only sizes the reads, since it may be wrong (0 for many special files).
 */
async function readUpTo(handle: FileHandle, limit: number, expected: number): Promise<Uint8Array | undefined> {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
        const buffer = Buffer.allocUnsafe(Math.min(limit + 1 - total, Math.max(expected + 1 - total, minimumRead)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) {
            return Buffer.concat(chunks, total);
        }
        chunks.push(buffer.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) {
            return undefined;
        }
    }
}
