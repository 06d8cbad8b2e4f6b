import { isDynamicPattern } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { isGlob, mayBeGlob } from '../src/workspace/glob-arguments.js';

/** Every string of up to `length` characters from `alphabet`. */
function strings(alphabet: readonly string[], length: number): string[] {
    const levels = [['']];
    for (let i = 0; i < length; i++) {
        levels.push(levels[i].flatMap(shorter => alphabet.map(character => shorter + character)));
    }
    return levels.flat();
}

describe('telling globs from paths without loading the glob library', () => {
    // Every character picomatch's scan treats apart, with a letter, a dot and a space.
    const alphabet = ['a', '.', ' ', '/', '\\', '*', '?', '[', ']', '{', '}', '(', ')', '!', '+', '@', ',', '-', '^', '$', '|'];

    it('finds no glob in a path that has none of the characters that start one, as the library', () => {
        const paths = strings(alphabet, 4);
        expect(paths).toHaveLength(1 + 21 + 21 ** 2 + 21 ** 3 + 21 ** 4);
        const globs = paths.filter(path => isDynamicPattern(path));
        expect(globs.length).toBeGreaterThan(0);
        expect(globs.filter(path => !mayBeGlob(path))).toEqual([]);
    });

    it('answers as the library for paths and globs', async () => {
        const paths = ['.', 'maps', './maps/', 'maps/a.journey', '../shared.journey', 'C:\\maps\\a.journey', 'maps (2026)', 'a!b', '!maps',
            '**/*.journey', 'maps/?.journey', 'maps/[ab].journey', 'maps/{a,b}.journey', 'maps/{a}.journey', 'maps/@(a|b).journey', 'maps/[a'];
        for (const path of paths) {
            expect(await isGlob(path), path).toBe(isDynamicPattern(path));
        }
        expect(await isGlob('maps')).toBe(false);
        expect(await isGlob('**/*.journey')).toBe(true);
    });
});
