import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { SourceText } from '@journey-maps/language';
import { CliError } from '../cli-error.js';

/** Reads each map as UTF-8 text; a file that cannot be read stops the command with its path and reason. */
export async function readSources(files: readonly string[]): Promise<SourceText[]> {
    return Promise.all(files.map(async file => {
        try {
            return { uri: pathToFileURL(file).href, text: await readFile(file, 'utf8') };
        } catch (err) {
            throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        }
    }));
}
