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
