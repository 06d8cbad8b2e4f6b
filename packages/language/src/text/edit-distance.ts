/**
 * The Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and adjacent
 * swaps) between `a` and `b` when it is at most `limit`, else `limit + 1`. It stops as soon as the distance must
 * exceed `limit`: the least value of a row of the table never decreases from one row to the next.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) {
        return limit + 1;
    }
    let beforePrevious = new Array<number>(b.length + 1).fill(0);
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    let current = new Array<number>(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        let rowLeast = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let cell = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                cell = Math.min(cell, beforePrevious[j - 2] + 1);
            }
            current[j] = cell;
            rowLeast = Math.min(rowLeast, cell);
        }
        if (rowLeast > limit) {
            return limit + 1;
        }
        [beforePrevious, previous, current] = [previous, current, beforePrevious];
    }
    return Math.min(previous[b.length], limit + 1);
}
