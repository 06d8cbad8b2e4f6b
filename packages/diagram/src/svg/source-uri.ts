import { posix } from 'node:path';

/** The folder holding the file at `uri`, as a URI ending in `/`. */
export function folderOf(uri: string): string {
    return uri.slice(0, uri.lastIndexOf('/') + 1);
}

/**
 * `uri` as a path relative to the folder URI `base` (`shared.journey`, `../shared/people.journey`), so that
 * output does not depend on where the maps are; unchanged when the two differ in scheme or authority.
 */
export function relativeUri(uri: string, base: string): string {
    const [target, folder] = [parseUrl(uri), parseUrl(base)];
    if (!target || !folder || target.protocol !== folder.protocol || target.host !== folder.host) {
        return uri;
    }
    return posix.relative(decodeURIComponent(folder.pathname), decodeURIComponent(target.pathname));
}

function parseUrl(text: string): URL | undefined {
    try {
        return new URL(text);
    } catch {
        return undefined;
    }
}
