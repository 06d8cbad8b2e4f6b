import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DocumentState } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { batchModule, checkTexts, createJourneyServices, isRealDate, type CheckedDocument } from '@journey-maps/language';
import packageJson from '../../package.json' with { type: 'json' };
import { ExitCode } from '../cli-error.js';
import { loadCheckConfig } from '../files/load-config.js';
import { findMaps } from '../files/find-maps.js';
import { defaultMaxFileSizeMb, readSources } from '../files/read-sources.js';
import { runAndWatch } from '../files/watch-maps.js';
import { checkFormats, checkOutput, type CheckFormat } from '../output/check-output.js';
import { collectFindings, type Finding } from '../output/findings.js';
import type { Terminal } from '../terminal.js';

/** How findings make a command fail, and what it checks with: shared by `check` and `report`. */
export interface CheckingOptions {
    failOn: 'error' | 'warning';
    maxFileSize?: number;
    maxWarnings?: number;
    config?: string;
    today?: string;
}

interface CheckOptions extends CheckingOptions {
    format: CheckFormat;
    color: boolean;
    watch?: boolean;
}

export function checkCommand(terminal: Terminal): Command {
    const command = new Command('check')
        .description('check journey maps: every file below the given folders (default: the current folder) as one workspace')
        .argument('[paths...]', 'files, folders or globs of .journey files')
        .addOption(new Option('-f, --format <format>', 'output format').choices(checkFormats).default('text'));
    return withCheckingOptions(command)
        .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
        .option('-w, --watch', 'check again whenever a map or the check configuration changes, until Ctrl-C')
        .action(async (paths: string[], options: CheckOptions) => {
            const run = () => runCheck(paths, options, terminal);
            terminal.exitCode = options.watch ? await runAndWatch(paths, terminal, run) : await run();
        });
}

/** Adds --fail-on, --max-warnings, --config and --today. */
export function withCheckingOptions(command: Command): Command {
    return command
        .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the command fail (exit 1)').choices(['error', 'warning']).default('error'))
        .option('--max-warnings <count>', 'also fail when there are more warnings than this', parseCount)
        .option('-c, --config <file>', `check configuration (default: the nearest journey.config.json)`)
        .option('--today <date>', 'judge staleness as of this date (YYYY-MM-DD) instead of today', parseDate)
        .option('--max-file-size <MB>', 'refuse maps larger than this', parseSize, defaultMaxFileSizeMb);
}

export interface CheckedWorkspace {
    /** The maps, absolute paths. */
    readonly files: readonly string[];
    readonly documents: readonly CheckedDocument[];
    readonly findings: readonly Finding[];
    /** Turns a document URI into the path shown to people. */
    readonly displayPath: (uri: string) => string;
}

/** Finds, reads and checks the maps as one workspace, with the project's check configuration. */
/** Workspaces of at least this many maps report their progress on a terminal. */
const progressFrom = 200;

/**
 * Finds, reads and checks the maps as one workspace, with the project's check configuration. Large
 * workspaces say which phase they are in through `progress` (the terminal shows it only on a TTY).
 */
export async function checkWorkspace(paths: readonly string[], options: CheckingOptions, cwd: string, progress?: (phase: string) => void): Promise<CheckedWorkspace> {
    const files = await findMaps(paths, cwd);
    const report = files.length >= progressFrom ? progress : undefined;
    report?.(`reading ${files.length} maps`);
    const config = await loadCheckConfig(cwd, options.config);
    const sources = await readSources(files, options.maxFileSize);
    const today = options.today;
    const { Journey, shared } = createJourneyServices(NodeFileSystem, batchModule, ...(today ? [{ settings: { Clock: () => ({ today: () => today }) } }] : []));
    Journey.settings.CheckConfig.set(config);
    if (report) {
        const phases: [DocumentState, string][] = [[DocumentState.Parsed, 'resolving names'], [DocumentState.Linked, 'checking'], [DocumentState.Validated, '']];
        for (const [state, next] of phases) {
            shared.workspace.DocumentBuilder.onBuildPhase(state, () => report(next ? `${files.length} maps: ${next}` : ''));
        }
        report(`${files.length} maps: parsing`);
    }
    const documents = await checkTexts(Journey, sources);
    const displayPath = (uri: string) => relative(cwd, fileURLToPath(uri)) || uri;
    return { files, documents, findings: collectFindings(documents, displayPath), displayPath };
}

async function runCheck(paths: string[], options: CheckOptions, terminal: Terminal): Promise<number> {
    const { files, findings } = await checkWorkspace(paths, options, terminal.cwd, phase => terminal.progress(phase));
    terminal.write(checkOutput(options.format, {
        files: files.map(file => relative(terminal.cwd, file)), findings, colors: terminal.colors(options.color), version: packageJson.version
    }));
    return fails(findings, options) ? ExitCode.Findings : ExitCode.Clean;
}

/** Whether the findings reach the failure level: --fail-on, or more warnings than --max-warnings. */
export function fails(findings: readonly Finding[], options: CheckingOptions): boolean {
    const failing = options.failOn === 'warning' ? ['error', 'warning'] : ['error'];
    const warnings = findings.filter(finding => finding.severity === 'warning').length;
    return findings.some(finding => failing.includes(finding.severity))
        || (options.maxWarnings !== undefined && warnings > options.maxWarnings);
}

function parseCount(value: string): number {
    const count = Number(value);
    if (!Number.isInteger(count) || count < 0) {
        throw new InvalidArgumentError('expected a whole number, 0 or more.');
    }
    return count;
}

function parseSize(value: string): number {
    const size = Number(value);
    if (!Number.isFinite(size) || size <= 0) {
        throw new InvalidArgumentError('expected a size in MB, more than 0.');
    }
    return size;
}

function parseDate(value: string): string {
    if (!isRealDate(value)) {
        throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
    }
    return value;
}
