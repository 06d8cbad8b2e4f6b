import { execFile } from 'node:child_process';
import { dirname, extname, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Command, Option } from 'commander';
import { diffJourneys, type JourneyModel } from '@journey-maps/language/model';
import { renderEmotionOverlay } from '@journey-maps/diagram';
import { CliError, ExitCode } from '../cli-error.js';
import { diffMarkdownReport } from '../diff-output/diff-markdown.js';
import { diffTextReport } from '../diff-output/diff-text.js';
import type { Terminal } from '../terminal.js';
import { loadMap, type LoadedMap } from '../workspace/load-map.js';
import { writeOutput } from '../writing/write-policy.js';

interface DiffOptions {
    git?: string;
    format: 'text' | 'md' | 'json';
    svg?: string;
}

export function diffCommand(terminal: Terminal): Command {
    return new Command('diff')
        .description('what changed between two maps (two files, a current- and a future-state map, or a file at a git revision and now)')
        .argument('<old>', 'the earlier map (with --git: the map, compared with its version at the revision)')
        .argument('[new]', 'the later map')
        .option('--git <revision>', 'compare the map with its version at this git revision (e.g. HEAD~1, main)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
        .option('--svg <file>', 'also write the emotion curves of both versions, overlaid, to this SVG file')
        .action(async (oldFile: string, newFile: string | undefined, options: DiffOptions) => {
            terminal.exitCode = await runDiff(oldFile, newFile, options, terminal);
        });
}

async function runDiff(oldFile: string, newFile: string | undefined, options: DiffOptions, terminal: Terminal): Promise<number> {
    if (options.git ? newFile !== undefined : newFile === undefined) {
        throw new CliError(options.git ? 'with --git, give one map: it is compared with its version at the revision' : 'give two maps to compare, or one map and --git <revision>');
    }
    const warn = (text: string) => terminal.warn(text);
    const [before, after] = options.git
        ? [await loadMap(oldFile, terminal.cwd, warn, await gitShow(options.git, resolve(terminal.cwd, oldFile))), await loadMap(oldFile, terminal.cwd, warn)]
        : [await loadMap(oldFile, terminal.cwd, warn), await loadMap(newFile!, terminal.cwd, warn)];
    for (const [map, label] of [[before, 'the earlier map'], [after, 'the later map']] as const) {
        if (map.errors > 0) {
            terminal.warn(`${label} has ${map.errors} error${map.errors === 1 ? '' : 's'} (see journey check); the comparison may be incomplete`);
        }
    }
    const diffs = pairJourneys(before, after).map(([old, current]) => ({ diff: diffJourneys(old, current), scale: current.scale }));
    const reports = {
        text: () => diffs.map(d => diffTextReport(d.diff)).join('\n'),
        md: () => diffs.map(d => diffMarkdownReport(d.diff)).join('\n'),
        json: () => JSON.stringify(diffs.length === 1 ? diffs[0].diff : diffs.map(d => d.diff), null, 2) + '\n'
    };
    terminal.write(reports[options.format]());
    if (options.svg) {
        const output = resolve(terminal.cwd, options.svg);
        if (extname(output).toLowerCase() !== '.svg') {
            throw new CliError(`--svg needs an .svg file, not ${options.svg}`);
        }
        const { diff, scale } = diffs[0];
        await writeOutput(output, renderEmotionOverlay(diff.curves, scale, `${diff.after.title}: emotions before and after`), {
            shown: options.svg, inputs: [...before.inputs, ...after.inputs]
        });
    }
    return ExitCode.Clean;
}

/** Journeys of the same name are compared; two maps of one journey each are compared whatever their names. */
function pairJourneys(before: LoadedMap, after: LoadedMap): [JourneyModel, JourneyModel][] {
    if (before.journeys.length === 1 && after.journeys.length === 1) {
        return [[before.journeys[0], after.journeys[0]]];
    }
    const pairs = before.journeys.flatMap(old => {
        const current = after.journeys.find(candidate => candidate.name === old.name);
        return current ? [[old, current] as [JourneyModel, JourneyModel]] : [];
    });
    if (pairs.length === 0) {
        throw new CliError('the two maps share no journey to compare');
    }
    return pairs;
}

/** The file's content at a git revision, read with the git command. */
async function gitShow(revision: string, path: string): Promise<string> {
    const run = promisify(execFile);
    const cwd = dirname(path);
    try {
        const { stdout: top } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
        const inRepository = relative(top.trim(), path).split('\\').join('/');
        const { stdout } = await run('git', ['show', `${revision}:${inRepository}`], { cwd, maxBuffer: 64 * 1024 * 1024 });
        return stdout;
    } catch (err) {
        const reason = ((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split('\n')[0];
        throw new CliError(`cannot read ${relative(cwd, path) || path} at ${revision}: ${reason}`);
    }
}
