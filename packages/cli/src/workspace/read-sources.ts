import { open } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import pLimit from 'p-limit';
import type { SourceText } from '@journey-maps/language';
import { CliError, fileError } from '../cli-error.js';

/** Maps larger than this (in MB) are refused unless --max-file-size allows them; 50,000 touchpoints take about 8 MB. */
export const defaultMaxFileSizeMb = 32;

/** Files read at once: enough to keep the disk busy, few enough never to run out of file handles. */
const concurrentReads = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads each map as UTF-8 text (a byte-order mark is dropped). A file that cannot be read, is not text,
 * is not UTF-8 or is larger than the limit stops the command with one line naming the file and why.
 */
export async function readSources(files: readonly string[], maxFileSizeMb = defaultMaxFileSizeMb): Promise<SourceText[]> {
    const limit = pLimit(concurrentReads);
    return Promise.all(files.map(file => limit(async () => ({ uri: pathToFileURL(file).href, text: await readMapText(file, maxFileSizeMb) }))));
}

export async function readMapText(file: string, maxFileSizeMb = defaultMaxFileSizeMb): Promise<string> {
    let bytes: Uint8Array;
    try {
        const handle = await open(file, 'r');
        try {
            const { size } = await handle.stat();
            if (size > maxFileSizeMb * 1024 * 1024) {
                throw new CliError(`${file} is ${megabytes(size)} MB, over the ${maxFileSizeMb} MB limit (raise it with --max-file-size)`);
            }
            bytes = await handle.readFile();
        } finally {
            await handle.close();
        }
    } catch (err) {
        throw err instanceof CliError ? err : fileError(err, 'read', file);
    }
    if (bytes.includes(0)) {
        throw new CliError(`${file} is not a text file (it contains NUL bytes)`);
    }
    let text: string;
    try {
        text = utf8.decode(bytes);
    } catch {
        throw new CliError(`${file} is not UTF-8 text; save it as UTF-8`);
    }
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function megabytes(bytes: number): string {
    return String(Math.ceil(bytes / 1024 / 1024 * 1000) / 1000);
}
