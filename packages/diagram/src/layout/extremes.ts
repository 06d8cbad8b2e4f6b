/**
 * The largest of `values`, or `initial` when it is larger or there are none: `Math.max` one value at a time, so
 * NaN and signed zeros come out as `Math.max(initial, ...values)` would give them, without spreading the values
 * into a call (a map's per-touchpoint list beyond about 120,000 values overflows the stack that way).
 */
export function largest(values: Iterable<number>, initial = -Infinity): number {
    let result = initial;
    for (const value of values) {
        result = Math.max(result, value);
    }
    return result;
}

/** The smallest of `values`, or `initial` when it is smaller or there are none: as `Math.min(initial, ...values)`, without the spread. */
export function smallest(values: Iterable<number>, initial = Infinity): number {
    let result = initial;
    for (const value of values) {
        result = Math.min(result, value);
    }
    return result;
}
