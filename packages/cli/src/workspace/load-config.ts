import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, defaultCheckConfig, parseCheckConfig, type CheckConfig } from '@journey-maps/language';
import { CliError, fileError } from '../cli-error.js';

/**
 * The check configuration of a workspace: the file given with --config (relative to the current folder),
 * else the nearest `journey.config.json` in the workspace's root or above it, else the defaults.
 */
export async function loadCheckConfig(root: string, cwd: string, explicit?: string): Promise<CheckConfig> {
    const path = explicit ? resolve(cwd, explicit) : await findUpwards(root);
    if (!path) {
        return defaultCheckConfig;
    }
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch (err) {
        throw fileError(err, 'read', path, 'the check configuration: ');
    }
    const parsed = parseCheckConfig(text);
    if ('error' in parsed) {
        throw new CliError(`invalid config ${path}: ${parsed.error}`);
    }
    return parsed.config;
}

async function findUpwards(start: string): Promise<string | undefined> {
    let folder = resolve(start);
    for (;;) {
        const candidate = join(folder, CONFIG_FILE_NAME);
        if (await stat(candidate).then(info => info.isFile(), () => false)) {
            return candidate;
        }
        const parent = dirname(folder);
        if (parent === folder) {
            return undefined;
        }
        folder = parent;
    }
}
