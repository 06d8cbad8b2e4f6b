import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { EmptyFileSystem, URI } from 'langium';
import { glob } from 'tinyglobby';
import { capitalise, createJourneyCoreServices, isDocument, isPersona, isTeam, pascalCase, SystemClock } from '@journey-maps/language';
import { CliError, ExitCode } from '../cli-error.js';
import { sharedStarter, starterMap, templateKinds, type TemplateKind } from '../templates/starter-maps.js';
import type { Terminal } from '../terminal.js';
import { writeOutput } from '../writing/write-policy.js';

interface InitOptions {
    template: TemplateKind;
}

export function initCommand(terminal: Terminal): Command {
    return new Command('init')
        .description('start a new map from a commented template (and a shared.journey for personas and teams if the folder has none)')
        .argument('[name]', 'file name of the new map, without .journey', 'my-journey')
        .addOption(new Option('-t, --template <kind>', 'kind of map').choices(templateKinds).default('current-state'))
        .action(async (name: string, options: InitOptions) => {
            terminal.exitCode = await runInit(name, options, terminal);
        });
}

async function runInit(name: string, options: InitOptions, terminal: Terminal): Promise<number> {
    if (!/^[A-Za-z][\w-]*$/.test(name)) {
        throw new CliError(`'${name}' cannot name a map: use letters, digits, '-' and '_', starting with a letter`);
    }
    const mapFile = join(terminal.cwd, `${name}.journey`);
    const sharedFile = join(terminal.cwd, 'shared.journey');
    if (await exists(mapFile)) {
        throw new CliError(`${name}.journey already exists; choose another name`);
    }
    const declared = await declaredNames(terminal.cwd);
    const persona = declared.personas[0] ?? 'Customer';
    const team = declared.teams[0] ?? 'Owner';
    const writeShared = !(await exists(sharedFile));
    // Names the folder lacks are declared in the shared file, or, when that exists already, in the new map.
    const missing = writeShared ? '' : [
        declared.personas.length === 0 ? `persona ${persona} "${persona}"\n` : '',
        declared.teams.length === 0 ? `team ${team} "${team}"\n` : ''
    ].join('');
    const map = starterMap(options.template, {
        journey: pascalCase(name), title: capitalise(name.split(/[-_]+/).filter(Boolean).join(' ')), persona, team, today: new SystemClock().today()
    });
    await writeOutput(mapFile, missing ? `${missing}\n${map}` : map, { shown: `${name}.journey`, map: 'new' });
    terminal.write(`created ${name}.journey (${options.template})\n`);
    if (writeShared) {
        await writeOutput(sharedFile, sharedStarter({ persona, team }), { shown: 'shared.journey', map: 'new' });
        terminal.write('created shared.journey\n');
    }
    return ExitCode.Clean;
}

/** The personas and teams declared by the maps directly in the folder, in file and text order. */
async function declaredNames(folder: string): Promise<{ personas: string[]; teams: string[] }> {
    const { shared } = createJourneyCoreServices(EmptyFileSystem);
    const personas: string[] = [];
    const teams: string[] = [];
    for (const file of (await glob('*.journey', { cwd: folder, absolute: true })).sort()) {
        const text = await readFile(file, 'utf8').catch(() => '');
        const root = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file)).parseResult.value;
        for (const element of isDocument(root) ? root.elements : []) {
            if (isPersona(element) && element.name) personas.push(element.name);
            if (isTeam(element) && element.name) teams.push(element.name);
        }
    }
    return { personas, teams };
}

async function exists(path: string): Promise<boolean> {
    return stat(path).then(() => true, () => false);
}
