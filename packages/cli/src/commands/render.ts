import { dirname, extname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import { closestName, type JourneyModel } from '@journey-maps/language/model';
import { lanes, renderDiagram, svgToPng, type Lane, type ThemeName } from '@journey-maps/diagram';
import { CliError, ExitCode } from '../cli-error.js';
import { checkText } from '../check-output/check-text.js';
import { fails, summarise } from '../check-output/findings.js';
import type { Terminal } from '../terminal.js';
import { checkWorkspace, workspaceJourneys, type CheckingOptions } from '../workspace/check-workspace.js';
import { bindMetricData } from '../workspace/data/bind-metric-data.js';
import { findMaps } from '../workspace/find-maps.js';
import { readMapText } from '../workspace/read-sources.js';
import { writeAtomically } from '../writing/write-atomically.js';
import { metricsOption, withCheckingOptions } from './checking-options.js';

interface RenderOptions extends CheckingOptions {
    output?: string;
    persona?: string[];
    theme: ThemeName;
    hide?: Lane[];
    compact?: boolean;
    metrics: string[];
}

export function renderCommand(terminal: Terminal): Command {
    const command = new Command('render')
        .description('draw a journey map as SVG (to stdout, or to -o file.svg) or PNG (-o file.png), checked with the maps beside it: '
            + 'its findings go to stderr and it exits like journey check (the picture is drawn either way)')
        .argument('<file>', 'the .journey file holding the journey')
        .option('-o, --output <file>', 'write to this .svg or .png file instead of stdout')
        .option('--persona <names...>', "only these personas' emotions, flows and pain points")
        .addOption(new Option('--theme <theme>', 'colours').choices(['light', 'dark']).default('light'))
        .addOption(new Option('--hide <lanes...>', 'lanes to leave out').choices([...lanes]))
        .option('--compact', 'sub-stages folded into their stage and a rougher layout: about a quarter faster at 200 touchpoints, '
            + 'no faster at 50, and the SVG no smaller')
        .addOption(metricsOption());
    return withCheckingOptions(command).action(async (file: string, options: RenderOptions) => {
        terminal.exitCode = await runRender(file, options, terminal);
    });
}

async function runRender(file: string, options: RenderOptions, terminal: Terminal): Promise<number> {
    const path = resolve(terminal.cwd, file);
    if ((await findMaps([file], terminal.cwd)).join() !== path) {
        throw new CliError(`${file} is not one .journey file`);
    }
    // The map's own problems (not text, too large) come before those of the maps beside it.
    await readMapText(path, options.maxFileSize);
    const output = options.output && resolve(terminal.cwd, options.output);
    // The map with those beside it, so that shared personas and teams resolve: checked, and bound to data, as `report` does.
    const workspace = await checkWorkspace([dirname(path)], options, terminal.cwd, phase => terminal.progress(phase));
    if (output && workspace.files.includes(output)) {
        throw new CliError(`refusing to write over the map ${options.output}: choose another output file`);
    }
    const format = options.output ? outputFormat(options.output) : 'svg';
    const shown = relative(terminal.cwd, path) || path;
    const journeys = workspaceJourneys(workspace);
    const drawn = journeys.findIndex(journey => journey.file === shown);
    if (drawn < 0) {
        throw new CliError(`${file} holds no journey to draw`);
    }
    const { models } = await bindMetricData(journeys.map(journey => journey.model), options.metrics, terminal);
    const journey = models[drawn];
    const svg = await renderDiagram(journey, {
        personas: chosenPersonas(journey, options.persona),
        hideLanes: options.hide,
        compact: options.compact,
        theme: options.theme,
        colours: format === 'png' ? 'fixed' : 'variables',
        embedFont: format === 'svg',
        sourceRoot: workspaceRoot(terminal.cwd)
    });
    if (!output) {
        terminal.write(svg);
    } else {
        await writeAtomically(output, format === 'png' ? svgToPng(svg) : svg);
    }
    const findings = workspace.findings.filter(finding => finding.file === shown);
    if (findings.length > 0) {
        terminal.writeError(checkText(findings, summarise(findings, 1), terminal.colors(false)));
    }
    return fails(findings, options) ? ExitCode.Findings : ExitCode.Clean;
}

/** The folder the CLI names files relative to in its pictures (the current folder), as a URI. */
export function workspaceRoot(cwd: string): string {
    return pathToFileURL(resolve(cwd, '_')).href.slice(0, -1);
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
