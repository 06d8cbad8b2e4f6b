import { resolve } from 'node:path';
import { documentJourneys, type JourneyModel } from '@journey-maps/language';
import { CliError } from '../cli-error.js';
import { checkWorkspace, requireReadable } from './check-workspace.js';

export interface LoadedMap {
    /** The journeys the map holds, resolved, in text order. */
    readonly journeys: readonly JourneyModel[];
    /** Syntax and reference errors in the map (its journeys may then be incomplete). */
    readonly errors: number;
    /** Every map of its workspace, absolute paths. */
    readonly inputs: readonly string[];
}

/**
 * Loads one map with the maps of its workspace, so that shared personas, teams and channels resolve.
 * `text` stands in for the file's content (an earlier version, say); the file must exist unless it is given.
 */
export async function loadMap(file: string, cwd: string, warn: (text: string) => void, text?: string): Promise<LoadedMap> {
    const path = resolve(cwd, file);
    const workspace = await checkWorkspace([file], { failOn: 'error' }, cwd, { warn, texts: text === undefined ? undefined : new Map([[path, text]]) });
    if (workspace.files.length !== 1) {
        throw new CliError(`${file} is not one .journey file`);
    }
    requireReadable(workspace, cwd);
    const [checked] = workspace.documents;
    return {
        journeys: documentJourneys(checked.document.parseResult.value),
        errors: checked.diagnostics.filter(d => d.severity === 1).length,
        inputs: workspace.inputs
    };
}
