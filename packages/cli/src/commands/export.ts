import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { CliError, ExitCode } from '../cli-error.js';
import { mermaidJourney } from '../mermaid/mermaid-export.js';
import type { Terminal } from '../terminal.js';
import { checkWorkspace, requireReadable, workspaceJourneys } from '../workspace/check-workspace.js';
import { writeOutput } from '../writing/write-policy.js';

interface ExportOptions {
    format: 'mermaid';
    output?: string;
}

export function exportCommand(terminal: Terminal): Command {
    return new Command('export')
        .description('write a journey as a Mermaid journey diagram (to stdout, or to -o file.mmd); the other maps of its workspace are read too')
        .argument('<file>', 'the .journey file holding the journey')
        .addOption(new Option('-f, --format <format>', 'export format').choices(['mermaid']).default('mermaid'))
        .option('-o, --output <file>', 'write to this file instead of stdout')
        .action(async (file: string, options: ExportOptions) => {
            terminal.exitCode = await runExport(file, options, terminal);
        });
}

async function runExport(file: string, options: ExportOptions, terminal: Terminal): Promise<number> {
    const workspace = await checkWorkspace([file], { failOn: 'error' }, terminal.cwd, { warn: text => terminal.warn(text) });
    if (workspace.files.length !== 1) {
        throw new CliError(`${file} is not one .journey file`);
    }
    requireReadable(workspace, terminal.cwd);
    const [journey] = workspaceJourneys(workspace);
    if (!journey) {
        throw new CliError(`${file} holds no journey to export`);
    }
    const text = mermaidJourney(journey.model);
    const output = options.output && resolve(terminal.cwd, options.output);
    if (!output) {
        terminal.write(text);
    } else {
        await writeOutput(output, text, { shown: options.output!, inputs: workspace.inputs });
    }
    return ExitCode.Clean;
}
