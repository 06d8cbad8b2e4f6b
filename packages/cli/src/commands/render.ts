import { extname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { closestName, type JourneyModel } from '@journey-maps/language/model';
import { directions, lanes, nodePngResources, renderDiagram, svgToPng, type Direction, type Lane, type ThemeName } from '@journey-maps/diagram';
import { CliError, ExitCode } from '../cli-error.js';
import { checkText } from '../check-output/check-text.js';
import { fails, summarise } from '../check-output/findings.js';
import type { Terminal } from '../terminal.js';
import { checkWorkspace, otherJourneys, requireReadable, workspaceJourneys, type CheckingOptions } from '../workspace/check-workspace.js';
import { bindMetricData } from '../workspace/data/bind-metric-data.js';
import { sourceRoot } from '../workspace/source-root.js';
import { writeOutput } from '../writing/write-policy.js';
import { metricsOption, withCheckingOptions } from './checking-options.js';

interface RenderOptions extends CheckingOptions {
    output?: string;
    persona?: string[];
    theme: ThemeName;
    hide?: Lane[];
    compact?: boolean;
    direction: Direction;
    metrics: string[];
}

export function renderCommand(terminal: Terminal): Command {
    const command = new Command('render')
        .description('draw a journey map as SVG (to stdout, or to -o file.svg) or PNG (-o file.png), checked with the other maps of its workspace: '
            + 'its findings go to stderr and it exits like journey check (the picture is drawn either way)')
        .argument('<file>', 'the .journey file holding the journey')
        .option('-o, --output <file>', 'write to this .svg or .png file instead of stdout')
        .option('--persona <names...>', "only these personas' emotions, flows and pain points")
        .addOption(new Option('--theme <theme>', 'colours').choices(['light', 'dark']).default('light'))
        .addOption(new Option('--hide <lanes...>', 'lanes to leave out').choices([...lanes]))
        .addOption(new Option('--direction <direction>', 'right: stages side by side, lanes as rows (a wall chart); down: stages one under '
            + 'another, lanes as columns, at most 1,600 px wide however many touchpoints (a document)').choices([...directions]).default('right'))
        .option('--compact', 'narrower: sub-stages folded into their stage and, left to right, alternative touchpoints (no flow orders them) '
            + 'stacked in one column: the support example 2,910 -> 1,910 px wide, activewear 4,511 -> 4,111; no faster')
        .addOption(metricsOption());
    return withCheckingOptions(command).action(async (file: string, options: RenderOptions) => {
        terminal.exitCode = await runRender(file, options, terminal);
    });
}

async function runRender(file: string, options: RenderOptions, terminal: Terminal): Promise<number> {
    // The map with the other maps of its workspace, so that shared personas and teams resolve: checked, and bound to data, as `report` does.
    const workspace = await checkWorkspace([file], options, terminal.cwd, { progress: phase => terminal.progress(phase), warn: text => terminal.warn(text) });
    if (workspace.files.length !== 1) {
        throw new CliError(`${file} is not one .journey file`);
    }
    requireReadable(workspace, terminal.cwd);
    const output = options.output && resolve(terminal.cwd, options.output);
    const format = options.output ? outputFormat(options.output) : 'svg';
    const journeys = workspaceJourneys(workspace);
    if (journeys.length === 0) {
        throw new CliError(`${file} holds no journey to draw`);
    }
    const { models } = await bindMetricData(journeys.map(journey => journey.model), options.metrics, terminal, otherJourneys(workspace));
    const journey = models[0];
    const svg = await renderDiagram(journey, {
        personas: chosenPersonas(journey, options.persona),
        hideLanes: options.hide,
        compact: options.compact,
        direction: options.direction,
        theme: options.theme,
        colours: format === 'png' ? 'fixed' : 'variables',
        embedFont: format === 'svg',
        sourceRoot: sourceRoot(terminal.cwd)
    });
    if (!output) {
        terminal.write(svg);
    } else {
        await writeOutput(output, format === 'png' ? await svgToPng(svg, nodePngResources()) : svg, { shown: options.output!, inputs: workspace.inputs });
    }
    const { findings } = workspace;
    if (findings.length > 0) {
        terminal.writeError(checkText(findings, summarise(findings, 1), terminal.colors(false)));
    }
    return fails(findings, options) ? ExitCode.Findings : ExitCode.Clean;
}

/** `--persona a,b c`: names the journey has, else a usage error listing them. */
function chosenPersonas(journey: JourneyModel, given: readonly string[] | undefined): string[] | undefined {
    const names = given?.flatMap(list => list.split(',')).filter(Boolean);
    const known = journey.personas.map(persona => persona.name);
    for (const name of names ?? []) {
        if (!known.includes(name)) {
            const closest = closestName(name, known);
            throw new CliError(`--persona: ${journey.name} has no persona '${name}'; `
                + (known.length > 0 ? `its personas are ${known.join(', ')}` : 'it has no personas') + (closest ? `. Did you mean '${closest}'?` : ''));
        }
    }
    return names;
}

function outputFormat(output: string): 'svg' | 'png' {
    const extension = extname(output).toLowerCase();
    if (extension !== '.svg' && extension !== '.png') {
        throw new CliError(`cannot tell the format of ${output}: name it .svg or .png`);
    }
    return extension === '.svg' ? 'svg' : 'png';
}
