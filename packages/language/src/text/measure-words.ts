import { numberText } from './number-text.js';

/**
 * An experiment's threshold or observed result in words: `change −15%`, `change +10%` (a relative change of its
 * metric), `level 60` (a level to reach); empty when there is none.
 */
export function measureWords(measure: { readonly value: number; readonly percent: boolean } | undefined): string {
    if (measure === undefined) {
        return '';
    }
    return measure.percent ? `change ${measure.value > 0 ? '+' : ''}${numberText(measure.value)}%` : `level ${numberText(measure.value)}`;
}
