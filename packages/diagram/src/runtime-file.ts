import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * A file read at run time (a font, the rasteriser's WebAssembly): `bundled`, relative to the running bundle, when
 * the bundle ships it beside itself (the VS Code extension, which has no node_modules), else `packaged`, resolved
 * as a package path (the sources, the CLI and the language server's npm package).
 */
export function runtimeFile(bundled: string, packaged: string): string {
    const beside = fileURLToPath(new URL(bundled, import.meta.url));
    return existsSync(beside) ? beside : createRequire(import.meta.url).resolve(packaged);
}
