import { Command, CommanderError } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { CliError, ExitCode } from './cli-error.js';
import { checkCommand } from './commands/check.js';
import { exportCommand } from './commands/export.js';
import { diffCommand } from './commands/diff.js';
import { fmtCommand } from './commands/fmt.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { renderCommand } from './commands/render.js';
import { reportCommand } from './commands/report.js';
import { processTerminal } from './terminal.js';

const terminal = processTerminal();
const program = new Command('journey')
    .description('Customer journey maps as code: check .journey files')
    .version(packageJson.version)
    .showHelpAfterError('(run journey --help for usage)')
    .exitOverride();
for (const command of [checkCommand(terminal), renderCommand(terminal), fmtCommand(terminal), initCommand(terminal), diffCommand(terminal),
    reportCommand(terminal), exportCommand(terminal), importCommand(terminal)]) {
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
    } else if (err instanceof CliError) {
        process.stderr.write(`journey: ${err.message}\n`);
        process.exitCode = ExitCode.Usage;
    } else {
        throw err;
    }
}
