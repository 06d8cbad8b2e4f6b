import { lstat, mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { CliError, fileError } from '../cli-error.js';
import { writeAtomically } from './write-atomically.js';

/**
 * Where and how every command writes. No output goes over a `.journey` file (only `journey import` and `journey init`
 * write maps, and only new ones unless told to replace), over a file the command read, or over a read-only file.
 * Regular files are replaced atomically, keeping their permissions; a file with several hard links is written in
 * place so that the links stay; devices, FIFOs and /dev/stdout are written to directly, never replaced; a link is
 * followed to the real file.
 */
export interface OutputRules {
    /** The path as people gave it, for messages. */
    readonly shown: string;
    /** The files the command read: never written over, under whatever name (compared as files, not as paths). */
    readonly inputs?: readonly string[];
    /**
     * For the commands that write maps: `new` writes only where no file is (init, import), `replace` also over an
     * existing file or map, but never through a link to a map (import --force). Others never write a `.journey` file.
     */
    readonly map?: 'new' | 'replace';
}

/** How an output is written: `direct` to a device or stream, `in-place` into a hard-linked file, else `atomic`. */
interface OutputPlan {
    readonly how: 'direct' | 'in-place' | 'atomic';
    /** The file written: the real path behind links, except for `direct`. */
    readonly target: string;
    /** The file replaced, if there is one. */
    readonly replacing?: Stats;
}

/** Writes one output file (`path` is absolute) by the rules above. */
export async function writeOutput(path: string, content: string | Uint8Array, rules: OutputRules): Promise<void> {
    const { how, target, replacing } = await checkOutput(path, rules);
    if (how !== 'atomic') {
        return write(() => writeFile(target, content), rules.shown);
    }
    await write(() => writeAtomically(target, content, { replacing, exclusive: rules.map === 'new' }).catch((err: unknown) => {
        // A file appeared there since the check.
        throw (err as NodeJS.ErrnoException).code === 'EEXIST' ? new CliError(`refusing to write over ${rules.shown}: choose another output file`) : err;
    }), rules.shown);
}

/**
 * Checks an output by the rules without writing it, so that a command writing several files can refuse before
 * writing any; resolves to how it would be written.
 */
export async function checkOutput(path: string, rules: OutputRules): Promise<OutputPlan> {
    const { shown } = rules;
    if (isSystemPath(path)) {
        // /dev/stdout, /dev/null, /proc/self/fd/1: streams and devices, never files to replace.
        return { how: 'direct', target: path };
    }
    const info = await statOrMissing(path, shown);
    if (info && !info.isFile()) {
        if (info.isDirectory()) {
            throw new CliError(`cannot write ${shown}: it is a folder`);
        }
        return { how: 'direct', target: path };
    }
    const linked = (await lstat(path).catch(() => undefined))?.isSymbolicLink() ?? false;
    if (!info && linked) {
        throw new CliError(`refusing to write ${shown}: it is a link to a file that does not exist`);
    }
    const target = info ? await realpath(path) : join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path));
    await refuseProtected(target, info, linked, rules);
    // Replacing a file with several hard links would split it from its other names: its content is rewritten instead.
    return { how: info && info.nlink > 1 ? 'in-place' : 'atomic', target, replacing: info };
}

/** What became of a map `journey fmt` rewrote. */
export type RewriteResult = 'written' | 'read-only' | 'changed';

/**
 * Rewrites a map in place with new text (`journey fmt`): the real file behind a link, keeping its permissions, hard
 * links and byte-order mark; a read-only map is left alone, and so is one whose text is no longer `before` (an
 * edit saved meanwhile), checked again just before the new text takes its place.
 */
export async function rewriteMap(path: string, before: string, after: string, shown: string): Promise<RewriteResult> {
    const target = await realpath(path).catch(() => undefined);
    if (!target) {
        // Deleted or moved since fmt read it.
        return 'changed';
    }
    const info = await stat(target);
    if (isReadOnly(info)) {
        return 'read-only';
    }
    const bytes = await readFile(target);
    const current = bytes.toString('utf8');
    const bom = current.startsWith('\uFEFF') ? '\uFEFF' : '';
    if (current.slice(bom.length) === after) {
        // Already done: the same file under another name (a link) came first.
        return 'written';
    }
    if (current.slice(bom.length) !== before) {
        return 'changed';
    }
    const stillCurrent = async () => (await readFile(target)).equals(bytes);
    if (info.nlink > 1) {
        return write(async () => await stillCurrent() ? (await writeFile(target, bom + after), 'written') : 'changed', shown);
    }
    return write(async () => await writeAtomically(target, bom + after, { replacing: info, stillCurrent }) ? 'written' : 'changed', shown);
}

/** Creates an output folder (and those above it). */
export async function outputFolder(path: string, shown: string): Promise<void> {
    await write(() => mkdir(path, { recursive: true }), shown);
}

async function refuseProtected(target: string, info: Stats | undefined, linked: boolean, rules: OutputRules): Promise<void> {
    const { shown } = rules;
    if (target.toLowerCase().endsWith('.journey')) {
        if (!rules.map) {
            throw new CliError(info
                ? `refusing to write over the map ${shown}: choose another output file`
                : `refusing to write ${shown}: only maps are .journey files; choose another output file`);
        }
        if (info && linked) {
            throw new CliError(`refusing to write over ${shown}: it is a link to a map; choose another output file`);
        }
    }
    if (info && rules.map === 'new') {
        throw new CliError(`refusing to write over ${shown}: choose another output file or add --force`);
    }
    // The same file under any name: a link, or a hard link, to an input.
    const sameFile = async (input: string) => info
        ? await stat(input).then(other => other.dev === info.dev && other.ino === info.ino, () => false)
        : await realpath(input).then(real => real === target, () => false);
    if ((await Promise.all((rules.inputs ?? []).map(sameFile))).includes(true)) {
        throw new CliError(`refusing to write over ${shown}: the command reads it; choose another output file`);
    }
    if (info && isReadOnly(info)) {
        throw new CliError(`refusing to write over ${shown}: it is read-only`);
    }
}

/** Runs a write, turning a failed system call into one line naming the file. */
async function write<T>(action: () => Promise<T>, shown: string): Promise<T> {
    try {
        return await action();
    } catch (err) {
        if (err instanceof CliError) {
            throw err;
        }
        throw fileError(err, 'write', shown);
    }
}

async function statOrMissing(path: string, shown: string): Promise<Stats | undefined> {
    try {
        return await stat(path);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
            return undefined;
        }
        throw fileError(err, 'write', shown);
    }
}

function isSystemPath(path: string): boolean {
    return ['/dev', '/proc'].some(root => path.startsWith(root + sep));
}

/** No write permission for anyone: root could write it, but the owner meant it to stay as it is. */
function isReadOnly(info: Stats): boolean {
    return (info.mode & 0o222) === 0;
}
