import type { Cadence } from '../generated/ast.js';

/** Whether `text` (YYYY-MM-DD) names a real calendar day. */
export function isRealDate(text: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) {
        return false;
    }
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The review cadence journeys get when they give a review date without one: quarterly, the common rule. */
export const defaultCadence = { count: 1, unit: 'quarter' } as const;

/** A review cadence spans at most ten years: 520 weeks, 120 months, 40 quarters or 10 years. */
export const maxCadenceYears = 10;

const unitsPerYear: Record<string, number> = { week: 52, weeks: 52, month: 12, months: 12, quarter: 4, quarters: 4, year: 1, years: 1 };

/** The largest count a cadence in `unit` may have (`maxCadenceYears`). */
export function maxCadenceCount(unit: string): number {
    return maxCadenceYears * (unitsPerYear[unit] ?? 1);
}

/**
 * The cadence when it is a usable one: a whole count of at least 1 (or none, meaning 1) of at most ten years.
 * Otherwise undefined: the check reports it (`invalid-cadence`) and the map is judged by the default cadence.
 */
export function usableCadence<C extends Pick<Cadence, 'count' | 'unit'>>(cadence: C | undefined): C | undefined {
    if (!cadence || cadence.count === undefined) {
        return cadence;
    }
    const { count, unit } = cadence;
    return Number.isInteger(count) && count >= 1 && count <= maxCadenceCount(unit) ? cadence : undefined;
}

/** The date (YYYY-MM-DD) a review done on `reviewed` falls due again under `cadence`. */
export function nextReviewDate(reviewed: string, cadence: Pick<Cadence, 'count' | 'unit'> | undefined): string {
    const { count, unit } = usableCadence(cadence) ?? defaultCadence;
    const times = count ?? 1;
    const [year, month, day] = reviewed.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    switch (unit) {
        case 'week':
        case 'weeks':
            date.setUTCDate(date.getUTCDate() + 7 * times);
            break;
        case 'month':
        case 'months':
            addMonths(date, times);
            break;
        case 'quarter':
        case 'quarters':
            addMonths(date, 3 * times);
            break;
        case 'year':
        case 'years':
            addMonths(date, 12 * times);
            break;
    }
    return date.toISOString().slice(0, 10);
}

/** Adds months, keeping the day of month where it exists and otherwise taking the month's last day. */
function addMonths(date: Date, months: number): void {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + months);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
