import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { NodeFileSystem } from 'langium/node';
import { checkTexts, createJourneyServices, isRealDate } from '@journey-maps/language';
import { ExitCode } from '../cli-error.js';
import { loadCheckConfig } from '../files/load-config.js';
import { findMaps } from '../files/find-maps.js';
import { readSources } from '../files/read-sources.js';
import { collectFindings, summarise, type Finding } from '../output/findings.js';
import { jsonReport } from '../output/json-report.js';
import { textReport } from '../output/text-report.js';
import type { Terminal } from '../terminal.js';

interface CheckOptions {
    format: 'text' | 'json';
    failOn: 'error' | 'warning';
    maxWarnings?: number;
    config?: string;
    today?: string;
    color: boolean;
}

export function checkCommand(terminal: Terminal): Command {
    return new Command('check')
        .description('check journey maps: every file below the given folders (default: the current folder) as one workspace')
        .argument('[paths...]', 'files, folders or globs of .journey files')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the command fail (exit 1)').choices(['error', 'warning']).default('error'))
        .option('--max-warnings <count>', 'also fail when there are more warnings than this', parseCount)
        .option('-c, --config <file>', `check configuration (default: the nearest journey.config.json)`)
        .option('--today <date>', 'judge staleness as of this date (YYYY-MM-DD) instead of today', parseDate)
        .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
        .action(async (paths: string[], options: CheckOptions) => {
            terminal.exitCode = await runCheck(paths, options, terminal);
        });
}

async function runCheck(paths: string[], options: CheckOptions, terminal: Terminal): Promise<number> {
    const files = await findMaps(paths, terminal.cwd);
    const config = await loadCheckConfig(terminal.cwd, options.config);
    const sources = await readSources(files);
    const today = options.today;
    const { Journey } = createJourneyServices(NodeFileSystem, today ? { settings: { Clock: () => ({ today: () => today }) } } : undefined);
    Journey.settings.CheckConfig.set(config);
    const documents = await checkTexts(Journey, sources);
    const displayPath = (uri: string) => relative(terminal.cwd, fileURLToPath(uri)) || uri;
    const findings = collectFindings(documents, displayPath);
    const summary = summarise(findings, files.length);
    terminal.write(options.format === 'json'
        ? jsonReport(files.map(file => relative(terminal.cwd, file)), findings, summary)
        : textReport(findings, summary, terminal.colors(options.color)));
    return fails(findings, options) ? ExitCode.Findings : ExitCode.Clean;
}

function fails(findings: readonly Finding[], options: CheckOptions): boolean {
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

function parseDate(value: string): string {
    if (!isRealDate(value)) {
        throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
    }
    return value;
}
