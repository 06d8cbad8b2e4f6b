import { relative } from 'node:path';
import { Command, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { ExitCode } from '../cli-error.js';
import { checkFormats, checkOutput, type CheckFormat } from '../check-output/check-output.js';
import { fails } from '../check-output/findings.js';
import type { Terminal } from '../terminal.js';
import { checkWorkspace, type CheckingOptions } from '../workspace/check-workspace.js';
import { withCheckingOptions } from './checking-options.js';

interface CheckOptions extends CheckingOptions {
    format: CheckFormat;
    color: boolean;
    watch?: boolean;
}

export function checkCommand(terminal: Terminal): Command {
    const command = new Command('check')
        .description('check journey maps: the files named (default: every map below the current folder), each read with every map of its '
            + 'workspace (below the nearest folder holding journey.config.json, else the git root, else the folder named) so that shared '
            + 'names resolve; findings only for the files named; paths of different workspaces are checked each in its own')
        .argument('[paths...]', 'files, folders or globs of .journey files')
        .addOption(new Option('-f, --format <format>', 'output format').choices(checkFormats).default('text'));
    return withCheckingOptions(command)
        .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
        .option('-w, --watch', 'check again whenever a map or the check configuration changes, until Ctrl-C')
        .action(async (paths: string[], options: CheckOptions) => {
            const run = () => runCheck(paths, options, terminal);
            // The file watcher is loaded for --watch only.
            terminal.exitCode = options.watch ? await (await import('../workspace/watch-maps.js')).runAndWatch(paths, terminal, run) : await run();
        });
}

async function runCheck(paths: string[], options: CheckOptions, terminal: Terminal): Promise<number> {
    const { files, documents, findings, displayPath } = await checkWorkspace(paths, options, terminal.cwd, { progress: phase => terminal.progress(phase), warn: text => terminal.warn(text) });
    const texts = new Map(documents.map(({ uri, document }) => [displayPath(uri), document.textDocument.getText()]));
    const tool = { version: packageJson.version, homepage: packageJson.homepage, source: (file: string) => texts.get(file) };
    terminal.write(await checkOutput(options.format, {
        files: files.map(file => relative(terminal.cwd, file) || file), findings, colors: terminal.colors(options.color), tool
    }));
    if (documents.length === 0) {
        // No map named could be read (the findings say why): nothing was checked.
        return ExitCode.Usage;
    }
    return fails(findings, options) ? ExitCode.Findings : ExitCode.Clean;
}
