import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DocumentState } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { batchModule, checkTexts, createJourneyCoreServices, documentJourneys, type CheckedDocument, type JourneyModel } from '@journey-maps/language';
import { CliError } from '../cli-error.js';
import { collectFindings, sortFindings, unreadableFinding, type Finding } from '../check-output/findings.js';
import { findNamedMaps } from './find-maps.js';
import { findWorkspaces } from './find-workspaces.js';
import { loadCheckConfig } from './load-config.js';
import { readSources, type MapSource } from './read-sources.js';

/** How findings make a command fail, and what it checks with: shared by `check`, `report` and `render`. */
export interface CheckingOptions {
    failOn: 'error' | 'warning';
    maxFileSize?: number;
    maxWarnings?: number;
    config?: string;
    today?: string;
    /** Report on every map of the workspaces, not only on those named. */
    all?: boolean;
}

export interface LoadingOptions {
    /** Where a long run is (shown on a terminal only). */
    readonly progress?: (phase: string) => void;
    /** A note for stderr: other maps of the workspace that could not be read, whose names then do not resolve. */
    readonly warn?: (text: string) => void;
    /** Texts standing in for maps' content, by absolute path (an earlier version, say); such a map need not exist. */
    readonly texts?: ReadonlyMap<string, string>;
}

export interface CheckedWorkspace {
    /** The maps reported on (those named, or with --all every map of the workspaces), absolute paths, sorted. */
    readonly files: readonly string[];
    /** Every map of the workspaces, absolute paths: nothing is ever written over one. */
    readonly inputs: readonly string[];
    /** The maps reported on that could be read, checked. */
    readonly documents: readonly CheckedDocument[];
    /** The other maps of the workspaces, read for the names they declare and not checked. */
    readonly others: readonly CheckedDocument[];
    /** The maps reported on that could not be read, and why ("the file is …"). */
    readonly unreadable: readonly { readonly file: string; readonly problem: string }[];
    /** The findings of the maps reported on, an unreadable-file error for each that could not be read. */
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
 * Finds, reads and checks the maps named on the command line, each with every map of its workspace (see
 * find-root.ts) so that names resolve and checks across maps see them all, under the workspace's check
 * configuration. Only the maps named are checked and reported on (every map with `all`); paths of different
 * workspaces are checked in their own workspaces. Large workspaces say which phase they are in.
 */
export async function checkWorkspace(paths: readonly string[], options: CheckingOptions, cwd: string, loading: LoadingOptions = {}): Promise<CheckedWorkspace> {
    const texts = loading.texts ?? new Map<string, string>();
    const workspaces = await findWorkspaces(await findNamedMaps(paths, cwd, new Set(texts.keys())));
    const total = workspaces.reduce((sum, workspace) => sum + workspace.maps.length, 0);
    const progress = total >= progressFrom ? loading.progress : undefined;
    progress?.(`reading ${total} maps`);
    const displayPath = (uri: string) => display(cwd, fileURLToPath(uri));
    const results = [];
    for (const { root, maps: files, named } of workspaces) {
        const reported = new Set(options.all ? files : named);
        const sources = await readSources(files.filter(file => !texts.has(file)), options.maxFileSize);
        sources.push(...files.filter(file => texts.has(file)).map(file => ({ file, text: texts.get(file)! })));
        results.push({ files, reported, sources, documents: await checkSources(root, sources, reported, options, cwd, progress) });
    }
    const reportedFiles = results.flatMap(result => [...result.reported]).sort();
    const documents = results.flatMap(result => result.documents.filter(document => result.reported.has(fileURLToPath(document.uri))))
        .sort((a, b) => fileURLToPath(a.uri).localeCompare(fileURLToPath(b.uri)));
    const unreadable = results.flatMap(result => result.sources.flatMap(source => 'problem' in source && result.reported.has(source.file) ? [source] : []));
    const skipped = results.flatMap(result => result.sources.flatMap(source => 'problem' in source && !result.reported.has(source.file) ? [source] : []));
    if (skipped.length > 0) {
        loading.warn?.(skippedNote(skipped.map(map => ({ file: display(cwd, map.file), problem: map.problem }))));
    }
    return {
        files: reportedFiles,
        inputs: results.flatMap(result => result.files),
        documents,
        others: results.flatMap(result => result.documents.filter(document => !result.reported.has(fileURLToPath(document.uri)))),
        unreadable,
        findings: sortFindings([...collectFindings(documents, displayPath), ...unreadable.map(map => unreadableFinding(display(cwd, map.file), map.problem))]),
        displayPath
    };
}

/** Parses, links and checks one workspace's maps that could be read, validating only those reported on. */
async function checkSources(root: string, sources: readonly MapSource[], reported: ReadonlySet<string>, options: CheckingOptions, cwd: string,
    progress?: (phase: string) => void): Promise<CheckedDocument[]> {
    const readable = sources.flatMap(source => 'text' in source ? [{ uri: pathToFileURL(source.file).href, text: source.text }] : []);
    const config = await loadCheckConfig(root, cwd, options.config);
    const today = options.today;
    const { Journey, shared } = createJourneyCoreServices(NodeFileSystem, batchModule, ...(today ? [{ settings: { Clock: () => ({ today: () => today }) } }] : []));
    Journey.settings.CheckConfig.set(config);
    if (progress) {
        const phases: [DocumentState, string][] = [[DocumentState.Parsed, 'resolving names'], [DocumentState.Linked, 'checking'], [DocumentState.Validated, '']];
        for (const [state, next] of phases) {
            shared.workspace.DocumentBuilder.onBuildPhase(state, () => progress(next ? `${readable.length} maps: ${next}` : ''));
        }
        progress(`${readable.length} maps: parsing`);
    }
    const validate = new Set(readable.filter(source => reported.has(fileURLToPath(source.uri))).map(source => source.uri));
    return checkTexts(Journey, readable, { validate });
}

/**
 * With nothing of the maps reported on readable, the command cannot go on: a usage error naming the first
 * map and why (`check` lists them all instead).
 */
export function requireReadable(workspace: CheckedWorkspace, cwd: string): void {
    const [first] = workspace.unreadable;
    if (first && workspace.documents.length === 0) {
        throw new CliError(`${display(cwd, first.file)}: the file is ${first.problem}`);
    }
}

/** Every journey of the maps reported on, resolved, in file and text order. */
export function workspaceJourneys(workspace: CheckedWorkspace): WorkspaceJourney[] {
    return workspace.documents.flatMap(checked => {
        const file = workspace.displayPath(checked.uri);
        return documentJourneys(checked.document.parseResult.value).map(model => ({ file, model }));
    });
}

/** Every journey of the workspaces' other maps. */
export function otherJourneys(workspace: CheckedWorkspace): JourneyModel[] {
    return workspace.others.flatMap(checked => documentJourneys(checked.document.parseResult.value));
}

/** One line for all the maps read only for their names that could not be read. */
function skippedNote(skipped: readonly { readonly file: string; readonly problem: string }[]): string {
    const shown = skipped.slice(0, 3).map(map => `${map.file} (${map.problem})`).join(', ');
    return `note: ${skipped.length === 1 ? 'a map' : `${skipped.length} maps`} of the workspace could not be read, so the names `
        + `${skipped.length === 1 ? 'it declares' : 'they declare'} do not resolve: ${shown}${skipped.length > 3 ? ', …' : ''}`;
}

function display(cwd: string, path: string): string {
    return relative(cwd, path) || path;
}
