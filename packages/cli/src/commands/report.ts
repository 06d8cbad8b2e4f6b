import { stat, mkdir } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { analyseJourney, SystemClock } from '@journey-maps/language';
import { renderDiagram } from '@journey-maps/diagram';
import { CliError, ExitCode } from '../cli-error.js';
import { fails } from '../check-output/findings.js';
import { csvReport } from '../reports/csv-report.js';
import { htmlIndex, htmlReport } from '../reports/html-report.js';
import { jsonReport } from '../reports/json-report.js';
import { markdownIndex, markdownReport } from '../reports/markdown-report.js';
import type { ReportInput } from '../reports/report-input.js';
import type { Terminal } from '../terminal.js';
import { checkWorkspace, workspaceJourneys, type CheckingOptions } from '../workspace/check-workspace.js';
import { bindMetricData } from '../workspace/data/bind-metric-data.js';
import { runAndWatch } from '../workspace/watch-maps.js';
import { writeAtomically } from '../writing/write-atomically.js';
import { metricsOption, withCheckingOptions } from './checking-options.js';
import { workspaceRoot } from './render.js';

const formats = ['html', 'md', 'json', 'csv'] as const;
type ReportFormat = typeof formats[number];

interface ReportOptions extends CheckingOptions {
    format: ReportFormat;
    output?: string;
    watch?: boolean;
    metrics: string[];
}

export function reportCommand(terminal: Terminal): Command {
    const command = new Command('report')
        .description('report what the maps say: one report per journey (to stdout, a file, or a folder with an index); exits like journey check')
        .argument('<paths...>', 'files, folders or globs of .journey files, checked as one workspace')
        .addOption(new Option('-f, --format <format>', 'report format').choices(formats).default('html'))
        .option('-o, --output <file|folder>', 'write here instead of stdout; a folder (ending in / or existing) gets one file per journey and an index')
        .addOption(metricsOption())
        .option('-w, --watch', 'write the reports again whenever a map or the check configuration changes, until Ctrl-C');
    return withCheckingOptions(command).action(async (paths: string[], options: ReportOptions) => {
        const run = () => runReport(paths, options, terminal);
        terminal.exitCode = options.watch ? await runAndWatch(paths, terminal, run) : await run();
    });
}

async function runReport(paths: string[], options: ReportOptions, terminal: Terminal): Promise<number> {
    const workspace = await checkWorkspace(paths, options, terminal.cwd, phase => terminal.progress(phase));
    const today = options.today ?? new SystemClock().today();
    const journeys = workspaceJourneys(workspace);
    if (journeys.length === 0) {
        throw new CliError('the maps hold no journey to report on');
    }
    const { models, bindings } = await bindMetricData(journeys.map(journey => journey.model), options.metrics, terminal);
    const inputs: ReportInput[] = models.map((model, i) => ({
        file: journeys[i].file, model, analysis: analyseJourney(model, today), findings: workspace.findings.filter(finding => finding.file === journeys[i].file),
        bindings: bindings.filter(binding => binding.journey === model.name)
    }));
    const outputs = await plannedOutputs(inputs, options, terminal.cwd, today);
    if (typeof outputs === 'string') {
        terminal.write(outputs);
    } else {
        const clash = [...outputs.keys()].find(path => workspace.files.includes(path));
        if (clash) {
            throw new CliError(`refusing to write over the map ${relative(terminal.cwd, clash)}: choose another output`);
        }
        for (const [path, content] of outputs) {
            await mkdir(dirname(path), { recursive: true });
            await writeAtomically(path, content);
        }
    }
    return fails(workspace.findings, options) ? ExitCode.Findings : ExitCode.Clean;
}

/** The files to write (absolute path -> content), or the one report for stdout. */
async function plannedOutputs(inputs: readonly ReportInput[], options: ReportOptions, cwd: string, today: string): Promise<Map<string, string> | string> {
    const { format, output } = options;
    const folder = output !== undefined && (format === 'csv' || inputs.length > 1 || /[\\/]$/.test(output) || await isFolder(resolve(cwd, output)));
    if (!output || !folder) {
        if (format === 'csv') {
            throw new CliError('csv writes one file per table: give a folder with -o');
        }
        if (inputs.length > 1 || (output && extname(output) !== '' && extname(output) !== `.${format}`)) {
            throw new CliError(inputs.length > 1
                ? `the maps hold ${inputs.length} journeys: give a folder with -o to get one report each`
                : `cannot write a ${format} report to ${output}: name it .${format}`);
        }
        const report = await single(inputs[0], format, today, cwd);
        return output ? new Map([[resolve(cwd, output), report]]) : report;
    }
    if (extname(output) === `.${format}`) {
        throw new CliError(`the maps hold ${inputs.length} journeys: give a folder with -o, not ${output}`);
    }
    const root = resolve(cwd, output);
    const files = new Map<string, string>();
    for (const input of inputs) {
        const base = join(root, input.model.name);
        if (format === 'csv') {
            for (const [table, content] of Object.entries(csvReport(input))) {
                files.set(`${base}-${table}.csv`, content);
            }
        } else {
            files.set(`${base}.${format}`, await single(input, format, today, cwd));
        }
    }
    const entries = inputs.map(input => ({ input, href: `${input.model.name}.${format}` }));
    if (format === 'html') {
        files.set(join(root, 'index.html'), htmlIndex(entries, today));
    } else if (format === 'md') {
        files.set(join(root, 'index.md'), markdownIndex(entries, today));
    }
    return files;
}

async function single(input: ReportInput, format: Exclude<ReportFormat, 'csv'>, today: string, cwd: string): Promise<string> {
    switch (format) {
        case 'html':
            return htmlReport(input, await renderDiagram(input.model, { sourceRoot: workspaceRoot(cwd) }), today);
        case 'md':
            return markdownReport(input, today);
        case 'json':
            return jsonReport(input, today);
    }
}

async function isFolder(path: string): Promise<boolean> {
    return stat(path).then(info => info.isDirectory(), () => false);
}
