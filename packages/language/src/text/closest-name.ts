import { addToList } from '../model/add-to-list.js';
import { boundedEditDistance } from './edit-distance.js';

/**
 * The candidate closest to `name` (ignoring case), if it is close enough to be a likely typo: at most one
 * edit per four letters of the name (at least one, at most three), where an edit is a letter added,
 * dropped, changed, or two neighbouring letters swapped (`Sarha` for `Sarah` is one edit). The one place
 * names and keywords are matched, for the checks, the editor and the CLI alike.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    return new CloseNames(candidates).closest(name);
}

/** The candidates within the typo distance of `name`, closest first (for one quick fix per close name). */
export function closeNames(name: string, candidates: Iterable<string>, most = 3): string[] {
    return new CloseNames(candidates).close(name, most);
}

/** How many edits make a likely typo of `name`. */
function typoLimit(name: string): number {
    return Math.min(3, Math.max(1, Math.floor(name.length / 4)));
}

/** The lengths of the names whose typo limit is `limit` (see `typoLimit`). */
const lengthsOfLimit: Record<number, readonly [number, number]> = { 1: [0, 7], 2: [8, 11], 3: [12, Infinity] };

/**
 * What comparing a name with a candidate costs, in strings put into an index: a comparison fills a few rows of a
 * table as wide as the candidate, indexing makes one string and files it. About right for names of 4 to 12 letters.
 */
const comparisonCost = 4;

/** A candidate within the typo limit of a name: its position among the candidates and its distance. */
interface Match {
    readonly position: number;
    readonly edits: number;
}

/**
 * Candidate names to look for close names in, many times over (every unknown name of a map against the names
 * in scope): `closestName` and `closeNames` with the same answers, each name's answer kept. Only candidates whose
 * length is within the typo limit are compared, and each comparison stops once the limit is passed. When a
 * limit's comparisons have cost as much as indexing the candidates would, the candidates are indexed by what
 * is left of them once up to that many letters are dropped: a name and a candidate within that many edits
 * leave a string in common (an edit drops at most one letter of each), so only the candidates sharing one
 * with the name are compared. Scanning first keeps a few lookups cheap; indexing then keeps many linear.
 */
export class CloseNames {
    /** The distinct candidates, in the order first given (the earlier of two as close wins). */
    private readonly names: string[];
    private readonly lowered: string[];
    private readonly byLength = new Map<number, number[]>();
    private readonly answers = new Map<string, readonly Match[]>();
    /** Per typo limit: the comparisons made by scanning so far, what indexing costs, and the index once built. */
    private readonly scanned = new Map<number, number>();
    private readonly indexCosts = new Map<number, number>();
    private readonly indexes = new Map<number, Map<string, number[]>>();

    constructor(candidates: Iterable<string>) {
        this.names = [...new Set(candidates)];
        this.lowered = this.names.map(name => name.toLowerCase());
        this.names.forEach((name, position) => addToList(this.byLength, name.length, position));
    }

    /** As `closestName(name, candidates)`. */
    closest(name: string): string | undefined {
        const [first] = this.matches(name);
        return first && this.names[first.position];
    }

    /** As `closeNames(name, candidates, most)`. */
    close(name: string, most = 3): string[] {
        return this.matches(name).slice(0, most).map(match => this.names[match.position]);
    }

    /** The candidates within the typo limit of `name`, closest first, the earlier first among equally close ones. */
    private matches(name: string): readonly Match[] {
        let answer = this.answers.get(name);
        if (!answer) {
            answer = this.search(name);
            this.answers.set(name, answer);
        }
        return answer;
    }

    private search(name: string): Match[] {
        const limit = typoLimit(name);
        const lower = name.toLowerCase();
        const matches: Match[] = [];
        for (const position of this.possibleMatches(name, lower, limit)) {
            const candidate = this.names[position];
            if (candidate === name || Math.abs(candidate.length - name.length) > limit) {
                continue;
            }
            const edits = boundedEditDistance(lower, this.lowered[position], limit);
            if (edits <= limit) {
                matches.push({ position, edits });
            }
        }
        return matches.sort((a, b) => a.edits - b.edits || a.position - b.position);
    }

    /** The positions of the candidates worth comparing with `name`: all those within the typo limit, perhaps more. */
    private possibleMatches(name: string, lower: string, limit: number): Iterable<number> {
        let index = this.indexes.get(limit);
        if (!index) {
            const buckets: number[][] = [];
            let count = 0;
            for (let length = name.length - limit; length <= name.length + limit; length++) {
                const bucket = this.byLength.get(length);
                if (bucket) {
                    buckets.push(bucket);
                    count += bucket.length;
                }
            }
            const scanned = (this.scanned.get(limit) ?? 0) + count * comparisonCost;
            if (scanned <= this.indexCost(limit)) {
                this.scanned.set(limit, scanned);
                return buckets.flat();
            }
            index = this.buildIndex(limit);
            this.indexes.set(limit, index);
        }
        const positions = new Set<number>();
        for (const rest of dropLetters(lower, limit)) {
            for (const position of index.get(rest) ?? []) {
                positions.add(position);
            }
        }
        return positions;
    }

    /** The candidates a name of typo limit `limit` may match: those with a length within the limit of such a name's. */
    private indexed(limit: number): number[] {
        const [shortest, longest] = lengthsOfLimit[limit];
        return [...this.byLength.entries()]
            .filter(([length]) => length >= shortest - limit && length <= longest + limit)
            .flatMap(([, positions]) => positions);
    }

    /** How many strings indexing for `limit` makes (what is left of each candidate with up to `limit` letters dropped, at most). */
    private indexCost(limit: number): number {
        let cost = this.indexCosts.get(limit);
        if (cost === undefined) {
            cost = 0;
            for (const position of this.indexed(limit)) {
                const length = this.lowered[position].length;
                for (let dropped = 0, ways = 1; dropped <= limit; dropped++) {
                    cost += ways;
                    ways = ways * (length - dropped) / (dropped + 1);
                }
            }
            this.indexCosts.set(limit, cost);
        }
        return cost;
    }

    private buildIndex(limit: number): Map<string, number[]> {
        const index = new Map<string, number[]>();
        for (const position of this.indexed(limit)) {
            for (const rest of dropLetters(this.lowered[position], limit)) {
                addToList(index, rest, position);
            }
        }
        return index;
    }
}

/** The distinct strings left of `word` once up to `most` of its letters are dropped (`word` itself included). */
function dropLetters(word: string, most: number): Set<string> {
    const all = new Set([word]);
    let level = [word];
    for (let dropped = 1; dropped <= most; dropped++) {
        const next: string[] = [];
        for (const rest of level) {
            for (let i = 0; i < rest.length; i++) {
                const shorter = rest.slice(0, i) + rest.slice(i + 1);
                if (!all.has(shorter)) {
                    all.add(shorter);
                    next.push(shorter);
                }
            }
        }
        level = next;
    }
    return all;
}
