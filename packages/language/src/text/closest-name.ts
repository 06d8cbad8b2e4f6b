import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `name` (ignoring case), if it is close enough to be a likely typo:
 * at most a third of the name's length in edits, and at most 3.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
    const lower = name.toLowerCase();
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === name || Math.abs(candidate.length - name.length) > limit) {
            continue;
        }
        const edits = distance(lower, candidate.toLowerCase());
        if (edits <= limit && edits < bestDistance) {
            best = candidate;
            bestDistance = edits;
        }
    }
    return best;
}
