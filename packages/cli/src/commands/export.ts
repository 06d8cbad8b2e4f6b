import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { isJourney, journeyModel } from '@journey-maps/language';
import { CliError, ExitCode } from '../cli-error.js';
import { writeAtomically } from '../files/write-atomically.js';
import { mermaidJourney } from '../reports/mermaid-journey.js';
import type { Terminal } from '../terminal.js';
import { checkWorkspace } from './check.js';

interface ExportOptions {
    format: 'mermaid';
    output?: string;
}

export function exportCommand(terminal: Terminal): Command {
    return new Command('export')
        .description('write a journey as a Mermaid journey diagram (to stdout, or to -o file.mmd); the maps beside it are not needed')
        .argument('<file>', 'the .journey file holding the journey')
        .addOption(new Option('-f, --format <format>', 'export format').choices(['mermaid']).default('mermaid'))
        .option('-o, --output <file>', 'write to this file instead of stdout')
        .action(async (file: string, options: ExportOptions) => {
            terminal.exitCode = await runExport(file, options, terminal);
        });
}

async function runExport(file: string, options: ExportOptions, terminal: Terminal): Promise<number> {
    const { files, documents } = await checkWorkspace([file], { failOn: 'error' }, terminal.cwd);
    if (files.length !== 1) {
        throw new CliError(`${file} is not one .journey file`);
    }
    const journey = documents[0].document.parseResult.value.elements.find(isJourney);
    if (!journey) {
        throw new CliError(`${file} holds no journey to export`);
    }
    const text = mermaidJourney(journeyModel(journey));
    const output = options.output && resolve(terminal.cwd, options.output);
    if (!output) {
        terminal.write(text);
    } else if (output === files[0]) {
        throw new CliError(`refusing to write over the map ${options.output}: choose another output file`);
    } else {
        await writeAtomically(output, text);
    }
    return ExitCode.Clean;
}
