import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { batchModule, checkTexts, createJourneyServices, documentJourneys, type JourneyModel } from '@journey-maps/language';
import { CliError } from '../cli-error.js';
import { findMaps } from './find-maps.js';
import { readMapText, readSources } from './read-sources.js';

export interface LoadedMap {
    /** The journeys the map holds, resolved, in text order. */
    readonly journeys: readonly JourneyModel[];
    /** Syntax and reference errors in the map (its journeys may then be incomplete). */
    readonly errors: number;
    /** Every map read: the file and those beside it. */
    readonly inputs: readonly string[];
}

/**
 * Loads one map with the maps in its folder, so that shared personas, teams and channels resolve.
 * `text` stands in for the file's content (an earlier version, say); the file must exist unless it is given.
 */
export async function loadMap(file: string, cwd: string, text?: string): Promise<LoadedMap> {
    const path = resolve(cwd, file);
    if (text === undefined && (await findMaps([file], cwd)).join() !== path) {
        throw new CliError(`${file} is not one .journey file`);
    }
    const beside = (await findMaps([dirname(path)], cwd).catch(() => [])).filter(other => other !== path);
    const source = { uri: pathToFileURL(path).href, text: text ?? await readMapText(path) };
    const { Journey } = createJourneyServices(NodeFileSystem, batchModule);
    const [checked] = await checkTexts(Journey, [source, ...await readSources(beside)]);
    return {
        journeys: documentJourneys(checked.document.parseResult.value),
        errors: checked.diagnostics.filter(d => d.severity === 1).length,
        inputs: [path, ...beside]
    };
}
