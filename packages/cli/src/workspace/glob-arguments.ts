/**
 * The characters without which a path is no glob. tinyglobby's `isDynamicPattern` asks picomatch's `scan`,
 * which finds a glob only at a `*`, a `?`, a `[` (closed by a `]`), a `{` (holding a `,` or a `..`), a `(` (after
 * `+`, `@`, `!`, `*` or `?` too), or a pattern negated by a `!` at its start: a path holding none of these is
 * no glob whatever else it holds (`packages/cli/test/glob-arguments.test.ts` checks every short path).
 */
const globCharacters = /[*?[{(!]/;

/** Whether the path can be a glob: when not, the glob library need not be loaded to know that it is none. */
export function mayBeGlob(path: string): boolean {
    return globCharacters.test(path);
}

/**
 * Whether a path given on the command line is a glob, as tinyglobby's `isDynamicPattern` says. The library
 * (tinyglobby, picomatch, fdir) is loaded only for a path that may be one: `journey check maps/` does without.
 */
export async function isGlob(path: string): Promise<boolean> {
    return mayBeGlob(path) && (await import('tinyglobby')).isDynamicPattern(path);
}
