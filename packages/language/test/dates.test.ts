import { describe, expect, it } from 'vitest';
import { daysBetween, isRealDate, nextReviewDate } from '../src/index.js';

describe('dates', () => {
    it('accepts only real calendar days', () => {
        expect(isRealDate('2024-02-29')).toBe(true);
        expect(isRealDate('2026-02-29')).toBe(false);
        expect(isRealDate('2026-13-01')).toBe(false);
        expect(isRealDate('2026-04-31')).toBe(false);
        expect(isRealDate('2026-00-10')).toBe(false);
    });

    it('adds review cadences, keeping to the end of short months', () => {
        expect(nextReviewDate('2026-01-31', { count: 1, unit: 'month' })).toBe('2026-02-28');
        expect(nextReviewDate('2026-11-30', undefined)).toBe('2027-02-28');
        expect(nextReviewDate('2026-09-30', { count: 2, unit: 'quarters' })).toBe('2027-03-30');
        expect(nextReviewDate('2026-09-30', { count: 3, unit: 'weeks' })).toBe('2026-10-21');
        expect(nextReviewDate('2024-02-29', { count: undefined as unknown as number, unit: 'year' })).toBe('2025-02-28');
        expect(daysBetween('2026-02-28', '2026-11-22')).toBe(267);
    });
});
