import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { Command } from 'commander';
import { CliError, ExitCode, fileError } from '../cli-error.js';
import { journeyFromMermaid, parseMermaidJourney } from '../mermaid/mermaid-import.js';
import type { Terminal } from '../terminal.js';
import { writeOutput } from '../writing/write-policy.js';

interface ImportOptions {
    output?: string;
    force?: boolean;
}

export function importCommand(terminal: Terminal): Command {
    return new Command('import')
        .description('turn a Mermaid journey diagram into a .journey map (to stdout, or to -o out.journey)')
        .argument('<file>', 'the Mermaid file (.mmd) holding a journey diagram')
        .option('-o, --output <file>', 'write the map here instead of stdout')
        .option('--force', 'replace the output file if it exists')
        .action(async (file: string, options: ImportOptions) => {
            terminal.exitCode = await runImport(file, options, terminal);
        });
}

async function runImport(file: string, options: ImportOptions, terminal: Terminal): Promise<number> {
    const path = resolve(terminal.cwd, file);
    const text = await readFile(path, 'utf8').catch((err: unknown) => {
        throw fileError(err, 'read', file);
    });
    const parsed = parseMermaidJourney(text);
    if ('error' in parsed) {
        throw new CliError(`${file}:${parsed.line}: ${parsed.error}`);
    }
    const journey = journeyFromMermaid(parsed.journey, basename(file, extname(file)), basename(file));
    const output = options.output && resolve(terminal.cwd, options.output);
    if (!output) {
        terminal.write(journey);
        return ExitCode.Clean;
    }
    // The one command that writes maps: a new one, or with --force over a map (never through a link to one).
    await writeOutput(output, journey, { shown: options.output!, inputs: [path], map: options.force ? 'replace' : 'new' });
    return ExitCode.Clean;
}
