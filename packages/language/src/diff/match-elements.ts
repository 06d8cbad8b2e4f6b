/** Something named with a title, as every element of a journey model is. */
export interface Named {
    readonly name: string;
    readonly title: string;
}

export interface Matching<T extends Named> {
    /** Elements present in both, by name, or by title when the name changed (`renamed`). */
    readonly pairs: readonly { readonly before: T; readonly after: T; readonly renamed: boolean }[];
    readonly added: readonly T[];
    readonly removed: readonly T[];
}

/**
 * Pairs the elements of two versions: first by name, then, among the rest, by title, so that an element
 * renamed without a new title is recognised rather than reported as removed and added.
 */
export function matchElements<T extends Named>(before: readonly T[], after: readonly T[]): Matching<T> {
    const afterByName = new Map(after.map(element => [element.name, element]));
    const pairs: { before: T; after: T; renamed: boolean }[] = [];
    const unmatchedBefore: T[] = [];
    const matchedAfter = new Set<T>();
    for (const element of before) {
        const partner = afterByName.get(element.name);
        if (partner) {
            pairs.push({ before: element, after: partner, renamed: false });
            matchedAfter.add(partner);
        } else {
            unmatchedBefore.push(element);
        }
    }
    const unmatchedAfterByTitle = new Map<string, T>();
    for (const element of after) {
        if (!matchedAfter.has(element) && !unmatchedAfterByTitle.has(titleKey(element))) {
            unmatchedAfterByTitle.set(titleKey(element), element);
        }
    }
    const removed: T[] = [];
    for (const element of unmatchedBefore) {
        const partner = element.title !== element.name ? unmatchedAfterByTitle.get(titleKey(element)) : undefined;
        if (partner) {
            pairs.push({ before: element, after: partner, renamed: true });
            matchedAfter.add(partner);
            unmatchedAfterByTitle.delete(titleKey(element));
        } else {
            removed.push(element);
        }
    }
    return { pairs, added: after.filter(element => !matchedAfter.has(element)), removed };
}

function titleKey(element: Named): string {
    return element.title.trim().toLowerCase();
}
