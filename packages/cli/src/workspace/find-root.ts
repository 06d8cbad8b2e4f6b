import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from '@journey-maps/language';

/**
 * The root of the workspace a folder's maps belong to: the nearest folder, from this one upwards, holding a
 * `journey.config.json`; else the nearest git root (a folder holding `.git`, a folder or, in a worktree or
 * submodule, a file); else `fallback` (the folder named, or the folder of the file named).
 */
export type RootFinder = (folder: string, fallback: string) => Promise<string>;

/** A root finder that asks the file system about each folder once. */
export function rootFinder(): RootFinder {
    // Anything but a folder marks the root: a config that is not a regular file is then reported, not passed over.
    const configs = nearestHolding(CONFIG_FILE_NAME, info => !info.isDirectory());
    const gitRoots = nearestHolding('.git', () => true);
    return async (folder, fallback) => await configs(folder) ?? await gitRoots(folder) ?? fallback;
}

function nearestHolding(name: string, accept: (info: Awaited<ReturnType<typeof stat>>) => boolean): (folder: string) => Promise<string | undefined> {
    const answers = new Map<string, Promise<string | undefined>>();
    const nearest = (folder: string): Promise<string | undefined> => {
        let answer = answers.get(folder);
        if (!answer) {
            answer = stat(join(folder, name)).then(accept, () => false).then(holds => {
                const parent = dirname(folder);
                return holds ? folder : parent === folder ? undefined : nearest(parent);
            });
            answers.set(folder, answer);
        }
        return answer;
    };
    return nearest;
}
