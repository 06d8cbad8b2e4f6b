import type { Journey } from '../generated/ast.js';

export interface EmotionScale {
    readonly min: number;
    readonly max: number;
}

/** The emotion scale maps use unless they declare one: -2 (very negative) .. +2 (very positive). */
export const defaultScale: EmotionScale = { min: -2, max: 2 };

export function journeyScale(journey: Journey): EmotionScale {
    const declared = journey.scale;
    return declared && declared.min < declared.max ? { min: declared.min, max: declared.max } : defaultScale;
}

/** An emotion score as maps write it: with its sign when positive (`+1`, `0`, `-2`). */
export function signedScore(score: number): string {
    return score > 0 ? `+${score}` : String(score);
}

/** Scorecard values of a moment of truth (ease, credibility, emotional resonance, ...) range over 1..5. */
export const scorecardRange = { min: 1, max: 5 } as const;
