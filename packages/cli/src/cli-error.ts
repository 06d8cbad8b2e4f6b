import { relative } from 'node:path';

/** Exit codes of every `journey` command. */
export const ExitCode = {
    /** Nothing at or above the failure level. */
    Clean: 0,
    /** Findings at or above the failure level. */
    Findings: 1,
    /** Usage or I/O error: bad arguments, missing or unreadable files. */
    Usage: 2
} as const;

/** An error the user can act on: printed as one line, without a stack trace, with exit code 2. */
export class CliError extends Error {}

/**
 * A failed read or write of a file as one line: `no such file: data.csv` for a missing file read, else
 * `cannot read data.csv: EISDIR` (the system's error code). `shown` is the file as people should see it,
 * `context` what precedes the message (e.g. which map asked for the file).
 */
export function fileError(err: unknown, action: 'read' | 'write', shown: string, context = ''): CliError {
    const code = (err as NodeJS.ErrnoException).code;
    return new CliError(action === 'read' && code === 'ENOENT'
        ? `${context}no such file: ${shown}`
        : `${context}cannot ${action} ${shown}: ${code ?? (err as Error).message}`);
}

/**
 * The one line an error that stops a command prints: a CliError's message, or for a failed system call
 * (an error with an errno code, from the file system or a stream) `cannot <call> <path>: <CODE>`.
 * Anything else is a bug and gets no line (undefined).
 */
export function errorLine(err: unknown, cwd: string): string | undefined {
    if (err instanceof CliError) {
        return err.message;
    }
    const { code, syscall, path } = (err ?? {}) as NodeJS.ErrnoException;
    if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) {
        return undefined;
    }
    const shown = path ? ` ${relative(cwd, path) || path}` : '';
    return `cannot ${syscall ?? 'use'}${shown}: ${code}`;
}
