import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, defaultCheckConfig, parseCheckConfig, type CheckConfig } from '@journey-maps/language';
import { CliError } from '../cli-error.js';
import { readRegularFile } from './read-sources.js';

/** A check configuration is a few lines; anything larger than this is not one. */
const maxConfigBytes = 1024 * 1024;

/**
 * The check configuration of a workspace: the file given with --config (relative to the current folder), else the
 * `journey.config.json` of the workspace's root (find-root.ts: a root has one whenever any folder above the maps
 * does), else the defaults. A configuration that is not a regular file (a FIFO, a device) is one error line, never
 * a wait.
 */
export async function loadCheckConfig(root: string, cwd: string, explicit?: string): Promise<CheckConfig> {
    const path = explicit ? resolve(cwd, explicit) : await rootConfig(root);
    if (!path) {
        return defaultCheckConfig;
    }
    const read = await readRegularFile(path, maxConfigBytes);
    if ('problem' in read) {
        throw new CliError(`the check configuration ${path} is ${read.problem === 'too large' ? 'larger than 1 MB' : read.problem}`);
    }
    const parsed = parseCheckConfig(new TextDecoder().decode(read.bytes));
    if ('error' in parsed) {
        throw new CliError(`invalid config ${path}: ${parsed.error}`);
    }
    return parsed.config;
}

/** The root's `journey.config.json`, whatever it is but a folder (find-root.ts takes it as the root's mark too). */
async function rootConfig(root: string): Promise<string | undefined> {
    const candidate = join(root, CONFIG_FILE_NAME);
    return await stat(candidate).then(info => !info.isDirectory(), () => false) ? candidate : undefined;
}
