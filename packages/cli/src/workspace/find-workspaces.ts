import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mapsBelow, type NamedMap } from './find-maps.js';
import { rootFinder, type RootFinder } from './find-root.js';

/** A workspace of maps the command line names: its root, every map it holds and the maps named of them. */
export interface WorkspaceMaps {
    readonly root: string;
    /** Absolute paths, sorted, each map once. */
    readonly maps: readonly string[];
    /** Those of `maps` the command line names. */
    readonly named: readonly string[];
}

/** The workspaces of the maps named (see find-root.ts for the root of each), in the order of their first map named. */
export async function findWorkspaces(named: readonly NamedMap[]): Promise<WorkspaceMaps[]> {
    const rootOf = rootFinder();
    const workspaces: WorkspaceMaps[] = [];
    for (const [root, files] of await groupByRoot(named, rootOf)) {
        const maps = await workspaceMaps(root, files, rootOf);
        const kept = new Set(maps);
        workspaces.push({ root, maps, named: files.filter(file => kept.has(file)) });
    }
    return workspaces;
}

/** The maps named, by the real path of the root of their workspace (a root reached through links is one root), in the order named. */
async function groupByRoot(named: readonly NamedMap[], rootOf: RootFinder): Promise<Map<string, string[]>> {
    const groups = new Map<string, string[]>();
    for (const { file, base } of named) {
        const found = await rootOf(dirname(file), base);
        const root = await realpath(found).catch(() => found);
        const group = groups.get(root) ?? groups.set(root, []).get(root)!;
        group.push(file);
    }
    return groups;
}

/**
 * Every map of a workspace, sorted: the maps named, and those below the root whose own root it is (a folder
 * below with a journey.config.json is a workspace of its own). A map reached by several paths (links) is
 * taken once: by a path named, else by its real path.
 */
async function workspaceMaps(root: string, named: readonly string[], rootOf: RootFinder): Promise<string[]> {
    const below = [];
    const isNamed = new Set(named);
    for (const file of await mapsBelow(root)) {
        if (!isNamed.has(file) && await rootOf(dirname(file), root) === root) {
            below.push(file);
        }
    }
    const real = async (file: string) => ({ file, real: await realpath(file).catch(() => file) });
    const [namedReals, belowReals] = [await Promise.all(named.map(real)), await Promise.all(below.map(real))];
    const ownFirst = (maps: { file: string; real: string }[]) => [...maps.filter(map => map.real === map.file), ...maps.filter(map => map.real !== map.file)];
    const taken = new Map<string, string>();
    for (const map of [...ownFirst(namedReals), ...ownFirst(belowReals)]) {
        if (!taken.has(map.real)) {
            taken.set(map.real, map.file);
        }
    }
    return [...taken.values()].sort();
}
