import { signedScore } from '@journey-maps/language/model';

/** A value before or after a change, as both diff outputs show it: `none` when absent. */
export function valueText(value: string | number | undefined, escape: (text: string) => string = text => text): string {
    return value === undefined ? 'none' : escape(String(value));
}

/** An emotion score before or after a change: signed (`+1`), `none` when absent. */
export function scoreText(value: number | undefined): string {
    return value === undefined ? 'none' : signedScore(value);
}
