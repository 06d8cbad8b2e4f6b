import pc from 'picocolors';
import type { Colors } from 'picocolors/types';
import { ExitCode } from './cli-error.js';
import { printable } from './printable.js';

/** What a command may touch of the process: its folder, its output, its colours, its exit code. */
export interface Terminal {
    readonly cwd: string;
    /** Writes to stdout; after the reader has gone (EPIPE), nothing more. */
    write(text: string): void;
    /** Where a long run is, on one line of stderr that the next call overwrites ('' clears it); only on a terminal. */
    progress(phase: string): void;
    /** Text for stderr as it is, such as findings beside a picture on stdout (already made printable). */
    writeError(text: string): void;
    /** A line for stderr, made printable: a warning that does not stop the command, or the error that does. */
    warn(text: string): void;
    /** Colours when the output is a terminal, unless --no-color or NO_COLOR says otherwise; FORCE_COLOR forces them. */
    colors(allowed: boolean): Colors;
    exitCode: number;
    /** Resolves when the user interrupts the process (Ctrl-C) or it is asked to terminate. */
    interrupted(): Promise<void>;
}

export function processTerminal(): Terminal {
    let readerGone = false;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        // `journey check | head -1`: the reader has what it wanted; the command ends quietly with its own exit code.
        if (err.code === 'EPIPE') {
            readerGone = true;
            return;
        }
        // `journey check > /dev/full`: the output is lost, which is an I/O error.
        process.stderr.write(`journey: cannot write to stdout: ${err.code ?? printable(err.message)}\n`);
        process.exit(ExitCode.Usage);
    });
    return {
        cwd: process.cwd(),
        write: text => {
            if (!readerGone) {
                process.stdout.write(text);
            }
        },
        writeError: text => process.stderr.write(text),
        warn: text => process.stderr.write(`journey: ${printable(text)}\n`),
        progress: phase => {
            if (process.stderr.isTTY) {
                process.stderr.write(`\r\u001b[2K${phase ? `journey: ${printable(phase)}…` : ''}`);
            }
        },
        colors: allowed => pc.createColors(allowed && wantsColor()),
        exitCode: 0,
        interrupted: () => new Promise(resolve => {
            process.once('SIGINT', () => resolve());
            process.once('SIGTERM', () => resolve());
        })
    };
}

function wantsColor(): boolean {
    const env = process.env;
    if (env.NO_COLOR) {
        return false;
    }
    return Boolean(env.FORCE_COLOR) || Boolean(process.stdout.isTTY);
}
