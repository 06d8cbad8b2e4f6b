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

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a date written in another shape than YYYY-MM-DD reads: the YYYY-MM-DD form when only one reading is a real day. */
export interface DateReading {
    /** The date as YYYY-MM-DD, when the shape has one reading. */
    readonly date?: string;
    /** Both readings of a day/month shape such as 05/06/2026, in words ('5 June 2026' or '6 May 2026'). */
    readonly readings?: readonly [string, string];
}

/**
 * Reads the date shapes people type instead of YYYY-MM-DD: 2026-1-5 and 2026/01/05 (year first),
 * 25.11.2026 (day first, as dotted dates are written), 11/25/2026 or 25/11/2026 (day and month in either
 * order: read only when one of the two cannot be a month). Undefined when the text is no date at all.
 */
export function readDate(text: string): DateReading | undefined {
    const yearFirst = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(text);
    if (yearFirst) {
        return asReading(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    }
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    if (dotted) {
        return asReading(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    }
    const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (!slashed) {
        return undefined;
    }
    const [first, second, year] = slashed.slice(1).map(Number);
    const monthFirst = asReading(year, first, second);
    const dayFirst = asReading(year, second, first);
    if (monthFirst?.date && dayFirst?.date && first !== second) {
        return { readings: [inWords(dayFirst.date), inWords(monthFirst.date)] };
    }
    return monthFirst?.date ? monthFirst : dayFirst;
}

function asReading(year: number, month: number, day: number): DateReading | undefined {
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return isRealDate(date) ? { date } : undefined;
}

function inWords(date: string): string {
    const [year, month, day] = date.split('-').map(Number);
    return `${day} ${monthNames[month - 1]} ${year}`;
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
    // A cadence the parser recovered without its unit (`every` then junk) is no cadence.
    if (!cadence?.unit) {
        return undefined;
    }
    if (cadence.count === undefined) {
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
