import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, defaultCheckConfig, parseCheckConfig, type CheckConfig } from '@journey-maps/language';
import { CliError, fileError } from '../cli-error.js';

/**
 * The check configuration of a workspace: the file given with --config (relative to the current folder), else the
 * `journey.config.json` of the workspace's root (find-root.ts: a root has one whenever any folder above the maps
 * does), else the defaults.
 */
export async function loadCheckConfig(root: string, cwd: string, explicit?: string): Promise<CheckConfig> {
    const path = explicit ? resolve(cwd, explicit) : await rootConfig(root);
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

async function rootConfig(root: string): Promise<string | undefined> {
    const candidate = join(root, CONFIG_FILE_NAME);
    return await stat(candidate).then(info => info.isFile(), () => false) ? candidate : undefined;
}
