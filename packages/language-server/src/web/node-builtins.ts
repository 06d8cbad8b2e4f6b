// Stand-ins, in the web worker build only, for the Node built-ins through which the diagram loads its optional,
// Node-only parts (build-options.mjs maps `node:module`, `node:fs`, `node:fs/promises`, `node:url`, `node:v8` and
// `node:zlib` here). Each fails the way a missing package or file does, which the diagram already handles: the font
// subsetter (harfbuzz) is "not installed", so an SVG carries no embedded subset of Inter and names Inter and the
// usual fallbacks instead (the preview's page ships Inter itself); PNG is refused before it gets here (see
// start-server.ts).
function unavailable(what: string): Error {
    return new Error(`${what} is not available in a web worker`);
}

export function createRequire(): ((id: string) => never) & { resolve: (id: string) => never } {
    const missing = (id: string): never => {
        throw unavailable(`the package ${id}`);
    };
    return Object.assign(missing, { resolve: missing });
}

/** No file is beside the worker's script, so the diagram looks for its runtime files in their packages (missing). */
export function existsSync(): boolean {
    return false;
}

export function fileURLToPath(url: string | URL): string {
    return new URL(url).pathname;
}

export function readFile(path: string): Promise<never> {
    return Promise.reject(unavailable(`the file ${path}`));
}

export function brotliCompress(): never {
    throw unavailable('Brotli');
}

export const constants = {};

export function setFlagsFromString(): never {
    throw unavailable('V8 flags');
}
