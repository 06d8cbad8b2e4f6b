/**
 * The largest number (in size) a map may write: 10^15, fifteen digits before the decimal point. Larger
 * numbers lose precision, and a long enough one reads as Infinity; they are reported (`number-out-of-range`)
 * and treated as absent, so no Infinity or NaN reaches a model, an analysis, a report or a diagram.
 */
export const maxNumber = 1e15;

/** Whether a number read from a map is finite and at most `maxNumber` in size. */
export function isUsableNumber(value: number): boolean {
    return Number.isFinite(value) && Math.abs(value) <= maxNumber;
}

/** The number when it is usable, else undefined (absent). */
export function usableNumber(value: number | undefined): number | undefined {
    return value !== undefined && isUsableNumber(value) ? value : undefined;
}
