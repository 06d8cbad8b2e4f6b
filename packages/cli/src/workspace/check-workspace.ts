import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentState } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { batchModule, checkTexts, createJourneyServices, documentJourneys, type CheckedDocument, type JourneyModel } from '@journey-maps/language';
import { collectFindings, type Finding } from '../check-output/findings.js';
import { findMaps } from './find-maps.js';
import { loadCheckConfig } from './load-config.js';
import { readSources } from './read-sources.js';

/** How findings make a command fail, and what it checks with: shared by `check`, `report` and `render`. */
export interface CheckingOptions {
    failOn: 'error' | 'warning';
    maxFileSize?: number;
    maxWarnings?: number;
    config?: string;
    today?: string;
}

export interface CheckedWorkspace {
    /** The maps, absolute paths. */
    readonly files: readonly string[];
    readonly documents: readonly CheckedDocument[];
    readonly findings: readonly Finding[];
    /** Turns a document URI into the path shown to people. */
    readonly displayPath: (uri: string) => string;
}

/** A journey of the workspace with the map it is written in, as shown to people. */
export interface WorkspaceJourney {
    readonly file: string;
    readonly model: JourneyModel;
}

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

/** Every journey of the workspace, resolved, in file and text order. */
export function workspaceJourneys(workspace: CheckedWorkspace): WorkspaceJourney[] {
    return workspace.documents.flatMap(checked => {
        const file = workspace.displayPath(checked.uri);
        return documentJourneys(checked.document.parseResult.value).map(model => ({ file, model }));
    });
}
