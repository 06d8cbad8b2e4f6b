import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { analyseJourney, SystemClock, type JourneyModel } from '@journey-maps/language';
import { directionForWidth, renderDiagram } from '@journey-maps/diagram';
import { CliError, ExitCode } from '../cli-error.js';
import { fails } from '../check-output/findings.js';
import { csvReport } from '../reports/csv-report.js';
import { htmlIndex, htmlReport } from '../reports/html-report.js';
import { jsonReport } from '../reports/json-report.js';
import { markdownIndex, markdownReport } from '../reports/markdown-report.js';
import type { ReportInput } from '../reports/report-input.js';
import { indexName, refuseCollisions, reportNames } from '../reports/report-file-names.js';
import type { Terminal } from '../terminal.js';
import { checkWorkspace, otherJourneys, requireReadable, workspaceJourneys, type CheckedWorkspace, type CheckingOptions } from '../workspace/check-workspace.js';
import { bindMetricData } from '../workspace/data/bind-metric-data.js';
import { runAndWatch } from '../workspace/watch-maps.js';
import { sourceRoot } from '../workspace/source-root.js';
import { checkOutput, outputFolder, writeOutput } from '../writing/write-policy.js';
import { metricsOption, withCheckingOptions } from './checking-options.js';

const formats = ['html', 'md', 'json', 'csv'] as const;
type ReportFormat = typeof formats[number];

interface ReportOptions extends CheckingOptions {
    format: ReportFormat;
    output?: string;
    watch?: boolean;
    metrics: string[];
    journeyBlock?: boolean;
}

export function reportCommand(terminal: Terminal): Command {
    const command = new Command('report')
        .description('report what the maps say: one report per journey (to stdout, a file, or a folder with an index); exits like journey check')
        .argument('<paths...>', 'files, folders or globs of .journey files: one report per journey they hold, read with every map of their workspace')
        .addOption(new Option('-f, --format <format>', 'report format').choices(formats).default('html'))
        .option('-o, --output <file|folder>', 'write here instead of stdout; a folder (ending in / or existing) gets one file per journey and an index')
        .addOption(metricsOption())
        .option('--journey-block', 'with --format md: the map\'s source as a ```journey block too, drawn by the Journey Maps extension\'s Markdown preview')
        .option('-w, --watch', 'write the reports again whenever a map or the check configuration changes, until Ctrl-C');
    return withCheckingOptions(command).action(async (paths: string[], options: ReportOptions) => {
        const run = () => runReport(paths, options, terminal);
        terminal.exitCode = options.watch ? await runAndWatch(paths, terminal, run) : await run();
    });
}

async function runReport(paths: string[], options: ReportOptions, terminal: Terminal): Promise<number> {
    const workspace = await checkWorkspace(paths, options, terminal.cwd, { progress: phase => terminal.progress(phase), warn: text => terminal.warn(text) });
    requireReadable(workspace, terminal.cwd);
    const today = options.today ?? new SystemClock().today();
    const journeys = workspaceJourneys(workspace);
    if (journeys.length === 0) {
        throw new CliError('the maps hold no journey to report on');
    }
    const { models, bindings, files: dataFiles } = await bindMetricData(journeys.map(journey => journey.model), options.metrics, terminal, otherJourneys(workspace));
    const inputs: ReportInput[] = models.map((model, i) => ({
        file: journeys[i].file, model, analysis: analyseJourney(model, today), findings: workspace.findings.filter(finding => finding.file === journeys[i].file),
        bindings: bindings.filter(binding => binding.journey === model.name),
        source: options.journeyBlock ? journeySource(workspace, model) : undefined
    }));
    const outputs = await plannedOutputs(inputs, options, terminal.cwd, today);
    if (typeof outputs === 'string') {
        terminal.write(outputs);
    } else {
        const shown = (path: string) => relative(terminal.cwd, path) || path;
        const rules = (path: string) => ({ shown: shown(path), inputs: [...workspace.inputs, ...dataFiles] });
        refuseCollisions(outputs.map(([path]) => path), shown);
        // Every file is checked before any is written: a refusal leaves the folder as it was.
        for (const [path] of outputs) {
            await outputFolder(dirname(path), shown(dirname(path)));
            await checkOutput(path, rules(path));
        }
        for (const [path, content] of outputs) {
            await writeOutput(path, content, rules(path));
        }
    }
    return fails(workspace.findings, options) ? ExitCode.Findings : ExitCode.Clean;
}

/** The files to write (absolute path and content), or the one report for stdout. */
async function plannedOutputs(inputs: readonly ReportInput[], options: ReportOptions, cwd: string, today: string): Promise<[path: string, content: string][] | string> {
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
        if (output && format === 'md') {
            return markdownWithMap(inputs[0], resolve(cwd, output), today, cwd);
        }
        const report = await single(inputs[0], format, today, cwd);
        return output ? [[resolve(cwd, output), report]] : report;
    }
    if (extname(output) === `.${format}`) {
        throw new CliError(`the maps hold ${inputs.length} journeys: give a folder with -o, not ${output}`);
    }
    const root = resolve(cwd, output);
    const files: [path: string, content: string][] = [];
    const names = reportNames(inputs);
    for (const [i, input] of inputs.entries()) {
        const base = join(root, names[i]);
        if (format === 'csv') {
            for (const [table, content] of Object.entries(csvReport(input))) {
                files.push([`${base}-${table}.csv`, content]);
            }
        } else if (format === 'md') {
            files.push(...await markdownWithMap(input, `${base}.md`, today, cwd));
        } else {
            files.push([`${base}.${format}`, await single(input, format, today, cwd)]);
        }
    }
    const entries = inputs.map((input, i) => ({ input, href: `${names[i]}.${format}` }));
    if (format === 'html') {
        files.push([join(root, `${indexName}.html`), htmlIndex(entries, today)]);
    } else if (format === 'md') {
        files.push([join(root, `${indexName}.md`), markdownIndex(entries, today)]);
    }
    return files;
}

async function single(input: ReportInput, format: Exclude<ReportFormat, 'csv'>, today: string, cwd: string): Promise<string> {
    switch (format) {
        case 'html':
            return htmlReport(input, await reportDiagram(input, cwd), today);
        case 'md':
            return markdownReport(input, today);
        case 'json':
            return jsonReport(input, today);
    }
}

/** The journey's text as written in its map. */
function journeySource(workspace: CheckedWorkspace, model: JourneyModel): string | undefined {
    const { uri, start, end } = model.range;
    return workspace.documents.find(checked => checked.uri === uri)?.document.textDocument.getText({ start, end });
}

/**
 * The width of a report's page, in diagram pixels: the HTML report's column (1,200 px less its padding). A map
 * whose `right` picture is wider is drawn `down`, which keeps within 1,600 px however many touchpoints it has.
 */
const reportPageWidth = 1136;

function reportDiagram(input: ReportInput, cwd: string): Promise<string> {
    return renderDiagram(input.model, { sourceRoot: sourceRoot(cwd), direction: directionForWidth(input.model, {}, reportPageWidth) });
}

/** A Markdown report written to a file, with its map beside it as an SVG of the same name, shown in the report. */
async function markdownWithMap(input: ReportInput, path: string, today: string, cwd: string): Promise<[path: string, content: string][]> {
    const svgPath = path.replace(/\.md$/, '') + '.svg';
    return [[path, markdownReport(input, today, basename(svgPath))], [svgPath, await reportDiagram(input, cwd)]];
}

async function isFolder(path: string): Promise<boolean> {
    return stat(path).then(info => info.isDirectory(), () => false);
}
