/** The arithmetic mean, undefined for no values. */
export function mean(values: readonly number[]): number | undefined {
    return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}
