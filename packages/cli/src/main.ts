import { Command, CommanderError } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { errorLine, ExitCode } from './cli-error.js';
import { commandsFor } from './commands/command-loaders.js';
import { printableLines } from './printable.js';
import { processTerminal } from './terminal.js';

const terminal = processTerminal();
const program = new Command('journey')
    .description('Customer journey maps as code: check .journey files')
    .version(packageJson.version)
    .showHelpAfterError('(run journey --help for usage)')
    .exitOverride()
    // Commander's messages echo the arguments given: they are made printable like every other line.
    .configureOutput({ outputError: (text, write) => write(printableLines(text)) });
for (const command of await commandsFor(process.argv.slice(2), terminal)) {
    // Subcommands share the program's settings: errors come back here instead of exiting the process.
    program.addCommand(command.copyInheritedSettings(program));
}

try {
    await program.parseAsync(process.argv);
    process.exitCode = terminal.exitCode;
} catch (err) {
    if (err instanceof CommanderError) {
        // Commander has already printed its message; --help and --version end cleanly.
        process.exitCode = err.exitCode === 0 ? ExitCode.Clean : ExitCode.Usage;
    } else {
        // A usage error, or a system call that failed (a full disk, a path through a file): one line, exit 2.
        const line = errorLine(err, terminal.cwd);
        if (line === undefined) {
            throw err;
        }
        terminal.warn(line);
        process.exitCode = ExitCode.Usage;
    }
}
