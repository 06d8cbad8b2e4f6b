import { extname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { lanes, renderDiagram, svgToPng, type Lane, type ThemeName } from '@journey-maps/diagram';
import { CliError, ExitCode } from '../cli-error.js';
import type { Terminal } from '../terminal.js';
import { loadMap } from '../workspace/load-map.js';
import { writeAtomically } from '../writing/write-atomically.js';

interface RenderOptions {
    output?: string;
    persona?: string[];
    theme: ThemeName;
    hide?: Lane[];
    compact?: boolean;
}

export function renderCommand(terminal: Terminal): Command {
    return new Command('render')
        .description('draw a journey map as SVG (to stdout, or to -o file.svg) or PNG (-o file.png); the maps beside it are read too')
        .argument('<file>', 'the .journey file holding the journey')
        .option('-o, --output <file>', 'write to this .svg or .png file instead of stdout')
        .option('--persona <names...>', "only these personas' emotions, flows and pain points")
        .addOption(new Option('--theme <theme>', 'colours').choices(['light', 'dark']).default('light'))
        .addOption(new Option('--hide <lanes...>', 'lanes to leave out').choices([...lanes]))
        .option('--compact', 'sub-stages folded into their stage and a faster layout, for big maps')
        .action(async (file: string, options: RenderOptions) => {
            terminal.exitCode = await runRender(file, options, terminal);
        });
}

async function runRender(file: string, options: RenderOptions, terminal: Terminal): Promise<number> {
    const map = await loadMap(file, terminal.cwd);
    const output = options.output && resolve(terminal.cwd, options.output);
    if (output && map.inputs.includes(output)) {
        throw new CliError(`refusing to write over the map ${options.output}: choose another output file`);
    }
    const format = options.output ? outputFormat(options.output) : 'svg';
    const journey = map.journeys[0];
    if (!journey) {
        throw new CliError(`${file} holds no journey to draw`);
    }
    const svg = await renderDiagram(journey, {
        personas: options.persona?.flatMap(names => names.split(',')).filter(Boolean),
        hideLanes: options.hide,
        compact: options.compact,
        theme: options.theme,
        colours: format === 'png' ? 'fixed' : 'variables',
        embedFont: format === 'svg'
    });
    if (!output) {
        terminal.write(svg);
    } else {
        await writeAtomically(output, format === 'png' ? svgToPng(svg) : svg);
    }
    return ExitCode.Clean;
}

function outputFormat(output: string): 'svg' | 'png' {
    const extension = extname(output).toLowerCase();
    if (extension !== '.svg' && extension !== '.png') {
        throw new CliError(`cannot tell the format of ${output}: name it .svg or .png`);
    }
    return extension === '.svg' ? 'svg' : 'png';
}
