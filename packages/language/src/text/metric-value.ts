import { numberText } from './number-text.js';

/** A metric's value with its unit, as people read it: `70%`, `4.2 min`, `12` (see numberText for the number). */
export function metricValueText(value: number, unit: string | undefined): string {
    return unit === '%' ? `${numberText(value)}%` : unit ? `${numberText(value)} ${unit}` : numberText(value);
}
