import type { Command } from 'commander';
import type { Terminal } from '../terminal.js';

type CommandLoader = () => Promise<(terminal: Terminal) => Command>;

/**
 * Every command, in the order `journey --help` lists them, each loaded on demand: a command's code (Langium,
 * ELK, the PNG rasteriser, the report builders) is read only when it runs, so `journey --version` and
 * `journey check` start without what they do not use.
 */
const commandLoaders: Record<string, CommandLoader> = {
    check: async () => (await import('./check.js')).checkCommand,
    render: async () => (await import('./render.js')).renderCommand,
    fmt: async () => (await import('./fmt.js')).fmtCommand,
    init: async () => (await import('./init.js')).initCommand,
    diff: async () => (await import('./diff.js')).diffCommand,
    report: async () => (await import('./report.js')).reportCommand,
    export: async () => (await import('./export.js')).exportCommand,
    import: async () => (await import('./import.js')).importCommand
};

/**
 * The commands the arguments need: the one they name first, none for `--version`, and every one otherwise
 * (`--help`, `help <command>`, a mistyped name that Commander answers with the closest).
 */
export async function commandsFor(args: readonly string[], terminal: Terminal): Promise<Command[]> {
    const first = args[0];
    const names = first !== undefined && Object.hasOwn(commandLoaders, first) ? [first]
        : first === '--version' || first === '-V' ? []
            : Object.keys(commandLoaders);
    const makers = await Promise.all(names.map(name => commandLoaders[name]()));
    return makers.map(make => make(terminal));
}
