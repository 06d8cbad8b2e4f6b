import type { Measure } from '../analysis/experiments.js';
import { numberText } from './number-text.js';

/**
 * An experiment's threshold or observed result in words: `change −15%`, `change +10%` (a relative change of the
 * metric), `level 60` (a level to reach); '' when absent. No text starts with a sign a spreadsheet would guard.
 */
export function measureWords(measure: Measure | undefined): string {
    if (measure === undefined) {
        return '';
    }
    return measure.percent ? `change ${measure.value > 0 ? '+' : ''}${numberText(measure.value)}%` : `level ${numberText(measure.value)}`;
}
