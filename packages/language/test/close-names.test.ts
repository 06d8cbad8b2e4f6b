import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CloseNames, closeNames, closestName } from '../src/text/closest-name.js';
import { boundedEditDistance } from '../src/text/edit-distance.js';

/** Optimal string alignment distance, the whole table: what the bounded distance must agree with. */
function editDistance(a: string, b: string): number {
    const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            table[i][j] = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                table[i][j] = Math.min(table[i][j], table[i - 2][j - 2] + 1);
            }
        }
    }
    return table[a.length][b.length];
}

/** The straightforward search: every candidate compared in full, the first of the closest kept. */
function referenceClosest(name: string, candidates: readonly string[]): string | undefined {
    const limit = Math.min(3, Math.max(1, Math.floor(name.length / 4)));
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === name || Math.abs(candidate.length - name.length) > limit) {
            continue;
        }
        const edits = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (edits <= limit && edits < bestDistance) {
            best = candidate;
            bestDistance = edits;
        }
    }
    return best;
}

function referenceClose(name: string, candidates: readonly string[], most: number): string[] {
    const remaining = [...new Set(candidates)];
    const result: string[] = [];
    for (let next = referenceClosest(name, remaining); next !== undefined && result.length < most; next = referenceClosest(name, remaining)) {
        result.push(next);
        remaining.splice(remaining.indexOf(next), 1);
    }
    return result;
}

/** Names from a few letters (upper and lower case, and one that lower-cases to two), so that many are close. */
const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'B', '1', 'İ'), maxLength: 16 });
const names = fc.array(name, { maxLength: 40 });

describe('close names', () => {
    it('the bounded distance is the distance when within the limit, else one more than the limit', () => {
        fc.assert(fc.property(name, name, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
            expect(boundedEditDistance(a, b, limit)).toBe(Math.min(editDistance(a, b), limit + 1));
        }), { numRuns: 2000 });
    });

    it('suggest what comparing with every candidate in full suggests, for one name or many against the same candidates', () => {
        fc.assert(fc.property(names, names, (candidates, misspelt) => {
            const index = new CloseNames(candidates);
            for (const misspelling of [...misspelt, ...misspelt]) {
                expect(index.closest(misspelling)).toBe(referenceClosest(misspelling, candidates));
                expect(index.close(misspelling)).toEqual(referenceClose(misspelling, candidates, 3));
            }
            const [first = ''] = misspelt;
            expect(closestName(first, candidates)).toBe(referenceClosest(first, candidates));
            expect(closeNames(first, candidates, 2)).toEqual(referenceClose(first, candidates, 2));
        }), { numRuns: 500 });
    });

    it('suggest the same over many candidates of one length, once indexed', () => {
        const candidates = Array.from({ length: 300 }, (_, i) => `Team${i}`);
        const index = new CloseNames(candidates);
        const misspelt = Array.from({ length: 300 }, (_, i) => `Taem${i}`);
        for (const misspelling of misspelt) {
            expect(index.closest(misspelling)).toBe(referenceClosest(misspelling, candidates));
            expect(index.close(misspelling)).toEqual(referenceClose(misspelling, candidates, 3));
        }
        expect(index.close('Taem7')).toEqual(['Team7']);
        expect(index.close('Team1x')).toEqual(['Team1', 'Team10', 'Team11']);
    });
});
