/**
 * The candidate closest to `name` (ignoring case), if it is close enough to be a likely typo: at most one
 * edit per four letters of the name (at least one, at most three), where an edit is a letter added,
 * dropped, changed, or two neighbouring letters swapped (`Sarha` for `Sarah` is one edit). The one place
 * names and keywords are matched, for the checks, the editor and the CLI alike.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const limit = Math.min(3, Math.max(1, Math.floor(name.length / 4)));
    const lower = name.toLowerCase();
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === name || Math.abs(candidate.length - name.length) > limit) {
            continue;
        }
        const edits = editDistance(lower, candidate.toLowerCase());
        if (edits <= limit && edits < bestDistance) {
            best = candidate;
            bestDistance = edits;
        }
    }
    return best;
}

/** The candidates within the typo distance of `name`, closest first (for one quick fix per close name). */
export function closeNames(name: string, candidates: Iterable<string>, most = 3): string[] {
    const remaining = [...new Set(candidates)];
    const result: string[] = [];
    while (result.length < most) {
        const next = closestName(name, remaining);
        if (next === undefined) {
            break;
        }
        result.push(next);
        remaining.splice(remaining.indexOf(next), 1);
    }
    return result;
}

/** Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
            }
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}
