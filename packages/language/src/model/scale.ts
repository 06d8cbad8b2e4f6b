import type { Journey } from '../generated/ast.js';
import { isUsableNumber } from './number-limits.js';

export interface EmotionScale {
    readonly min: number;
    readonly max: number;
}

/** The emotion scale maps use unless they declare one: -2 (very negative) .. +2 (very positive). */
export const defaultScale: EmotionScale = { min: -2, max: 2 };

/**
 * How wide a declared scale may be: at most 100 steps (e.g. 0 .. 100), with both ends within -1000 .. 1000.
 * A wider one is reported (`scale-too-wide`) and the default scale is used instead.
 */
export const scaleLimits = { maxSteps: 100, maxMagnitude: 1000 } as const;

/** Whether a scale going from `min` to `max` (min < max, both finite) is wider than `scaleLimits` allow. */
export function isScaleTooWide(min: number, max: number): boolean {
    return max - min > scaleLimits.maxSteps || Math.abs(min) > scaleLimits.maxMagnitude || Math.abs(max) > scaleLimits.maxMagnitude;
}

/** The journey's declared scale when it is a usable one (ordered, within `scaleLimits`), else the default. */
export function journeyScale(journey: Journey): EmotionScale {
    const declared = journey.scale;
    const usable = declared && isUsableNumber(declared.min) && isUsableNumber(declared.max) && declared.min < declared.max
        && !isScaleTooWide(declared.min, declared.max);
    return usable ? { min: declared.min, max: declared.max } : defaultScale;
}

/** Scales of at most this many steps list every whole score; wider ones only a few, so no loop runs over a wide range. */
const maxListedSteps = 10;

/** Every whole score of a narrow scale, or undefined for a wide one. */
function wholeScores({ min, max }: EmotionScale): number[] | undefined {
    if (!(max - min <= maxListedSteps)) {
        return undefined;
    }
    const first = Math.ceil(min);
    return Array.from({ length: Math.max(0, Math.floor(max) - first + 1) }, (_, i) => first + i);
}

/** The scores a diagram draws grid lines at: each whole score of a narrow scale, else its ends and middle. */
export function scaleMarks(scale: EmotionScale): number[] {
    const { min, max } = scale;
    return max - min <= maxListedSteps ? Array.from({ length: Math.floor(max - min) + 1 }, (_, i) => min + i) : [min, (min + max) / 2, max];
}

/** The scores completion offers: each whole score of a narrow scale, else its ends and zero (when inside). */
export function scoreChoices(scale: EmotionScale): number[] {
    return wholeScores(scale) ?? [scale.min, ...(scale.min < 0 && scale.max > 0 ? [0] : []), scale.max];
}

/** An emotion score as maps write it: with its sign when positive (`+1`, `0`, `-2`). */
export function signedScore(score: number): string {
    return score > 0 ? `+${score}` : String(score);
}

/** Scorecard values of a moment of truth (ease, credibility, emotional resonance, ...) range over 1..5. */
export const scorecardRange = { min: 1, max: 5 } as const;
