import { stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { watch } from 'chokidar';
import { isDynamicPattern } from 'tinyglobby';
import { errorLine, ExitCode } from '../cli-error.js';
import { printable } from '../printable.js';
import type { Terminal } from '../terminal.js';
import { rootFinder } from './find-root.js';

/** What a change to may make a command's result different. */
const relevant = /(\.journey|[\\/]journey\.config\.json)$/;

/**
 * Runs a command, then again whenever a map or the check configuration under the given paths changes,
 * until interrupted (Ctrl-C). Changes arriving together cause one run; a usage or I/O error (a folder emptied,
 * a config broken, a disk full) is reported and the watch goes on.
 */
export async function runAndWatch(paths: readonly string[], terminal: Terminal, run: () => Promise<number>): Promise<number> {
    const runReporting = async () => {
        try {
            terminal.exitCode = await run();
        } catch (err) {
            const line = errorLine(err, terminal.cwd);
            if (line === undefined) {
                throw err;
            }
            terminal.warn(line);
            terminal.exitCode = ExitCode.Usage;
        }
    };
    await runReporting();
    const watcher = watch(await watchedFolders(paths, terminal.cwd), {
        ignoreInitial: true,
        ignored: (path, stats) => /[\\/](node_modules|\.git)([\\/]|$)/.test(path) || (stats?.isFile() === true && !relevant.test(path))
    });
    await new Promise<void>(ready => watcher.once('ready', () => ready()));
    terminal.warn('watching for changes (Ctrl-C to stop)');
    let timer: NodeJS.Timeout | undefined;
    let queue = Promise.resolve();
    watcher.on('all', (_event, path) => {
        if (!relevant.test(path)) {
            return;
        }
        clearTimeout(timer);
        timer = setTimeout(() => {
            queue = queue.then(async () => {
                terminal.write(`\n-- ${printable(relative(terminal.cwd, path) || path)} changed at ${new Date().toTimeString().slice(0, 8)} --\n`);
                await runReporting();
            });
        }, 100);
    });
    await terminal.interrupted();
    clearTimeout(timer);
    await queue;
    await watcher.close();
    return ExitCode.Clean;
}

/**
 * The folders to watch: the workspace root of each path given (a change to any map of the workspace may
 * change the results), starting from the folder given, the folder of the file given, the current folder for globs.
 */
async function watchedFolders(paths: readonly string[], cwd: string): Promise<string[]> {
    const rootOf = rootFinder();
    const folders = await Promise.all((paths.length > 0 ? paths : ['.']).map(async path => {
        const absolute = resolve(cwd, path);
        const start = isDynamicPattern(path) ? cwd : await stat(absolute).then(info => info.isDirectory(), () => false) ? absolute : dirname(absolute);
        return rootOf(start, start);
    }));
    return [...new Set(folders)];
}
