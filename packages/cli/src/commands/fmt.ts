import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { NodeFileSystem } from 'langium/node';
import { batchModule, createJourneyCoreServices, formatText } from '@journey-maps/language';
import { ExitCode } from '../cli-error.js';
import { printable } from '../printable.js';
import type { Terminal } from '../terminal.js';
import { findNamedMaps } from '../workspace/find-maps.js';
import { readSources } from '../workspace/read-sources.js';
import { rewriteMap, type RewriteResult } from '../writing/write-policy.js';

const outcomes: Record<RewriteResult, string> = {
    written: 'formatted',
    'read-only': 'not formatted, the file is read-only',
    changed: 'not formatted, it changed while fmt ran (run fmt again)'
};

interface FmtOptions {
    check?: boolean;
}

export function fmtCommand(terminal: Terminal): Command {
    return new Command('fmt')
        .description('format journey maps in place (2-space indentation, one space between words; line breaks and comments are kept)')
        .argument('[paths...]', 'files, folders or globs of .journey files (default: the current folder)')
        .option('--check', 'change nothing: list the maps that are not formatted and exit 1 if there are any')
        .action(async (paths: string[], options: FmtOptions) => {
            terminal.exitCode = await runFmt(paths, options, terminal);
        });
}

/** Formats the files named, each on its own: the layout of a map does not depend on the other maps of its workspace. */
async function runFmt(paths: string[], options: FmtOptions, terminal: Terminal): Promise<number> {
    const files = (await findNamedMaps(paths, terminal.cwd)).map(named => named.file);
    const sources = await readSources(files);
    const { Journey } = createJourneyCoreServices(NodeFileSystem, batchModule);
    let changed = 0;
    let broken = 0;
    let unwritten = 0;
    let unreadable = 0;
    for (const source of sources) {
        const display = printable(relative(terminal.cwd, source.file) || source.file);
        if ('problem' in source) {
            unreadable++;
            terminal.write(`${display}: not formatted, the file is ${source.problem}\n`);
            continue;
        }
        const result = await formatText(Journey, source.text, pathToFileURL(source.file).href);
        if (result.status === 'syntax-errors') {
            broken++;
            terminal.write(`${display}: not formatted, it has ${result.errors} syntax error${result.errors === 1 ? '' : 's'} (see journey check)\n`);
        } else if (result.status === 'formatted' && options.check) {
            changed++;
            terminal.write(`${display}: not formatted\n`);
        } else if (result.status === 'formatted') {
            const outcome = await rewriteMap(source.file, source.text, result.text, display);
            changed += outcome === 'written' ? 1 : 0;
            unwritten += outcome === 'written' ? 0 : 1;
            terminal.write(`${display}: ${outcomes[outcome]}\n`);
        }
    }
    const verb = options.check ? 'need formatting' : 'formatted';
    const problems = [broken > 0 ? `, ${broken} with syntax errors` : '', unwritten > 0 ? `, ${unwritten} left unchanged` : '',
        unreadable > 0 ? `, ${unreadable} unreadable` : ''].join('');
    terminal.write(`${changed} of ${files.length} map${files.length === 1 ? '' : 's'} ${verb}${problems}.\n`);
    if (unreadable === files.length) {
        return ExitCode.Usage;
    }
    return broken + unwritten + unreadable > 0 || (options.check && changed > 0) ? ExitCode.Findings : ExitCode.Clean;
}
