import { GrammarUtils, type AstNode, type DiagnosticInfo, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import { isRealDate, maxCadenceCount, maxCadenceYears, readDate } from '../model/dates.js';
import { journeyOf } from '../model/ast-queries.js';
import { isUsableNumber, maxNumber } from '../model/number-limits.js';
import { isScaleTooWide, journeyScale, scaleLimits, scorecardRange, signedScore } from '../model/scale.js';
import { acceptIssue } from './accept-issue.js';

/** Dates are real dates, numbers lie in their ranges. */
export function valueChecks(): ValidationChecks<JourneyAstType> {
    return {
        Journey: (journey, accept) => {
            if (isBadDate(journey.reviewed)) {
                acceptIssue(accept, 'invalid-date', dateMessage(journey.reviewed), { node: journey, property: 'reviewed', data: dateFix(journey.reviewed) });
            }
        },
        Metric: (metric, accept) => {
            checkNumbers(metric, ['baseline', 'current', 'target'], accept);
            if (isBadDate(metric.measured)) {
                acceptIssue(accept, 'invalid-date', dateMessage(metric.measured), { node: metric, property: 'measured', data: dateFix(metric.measured) });
            }
        },
        Opportunity: (opportunity, accept) => {
            if (isBadDate(opportunity.due)) {
                acceptIssue(accept, 'invalid-date', dateMessage(opportunity.due), { node: opportunity, property: 'due', data: dateFix(opportunity.due) });
            }
        },
        Experiment: (experiment, accept) => {
            checkNumbers(experiment, ['expected'], accept);
        },
        Cadence: (cadence, accept) => {
            const { count, unit } = cadence;
            if (count === undefined) {
                return;
            }
            if (!Number.isInteger(count) || count < 1) {
                acceptIssue(accept, 'invalid-cadence', `A review cadence counts whole ${unit}, at least 1: '${written(cadence, 'count')}' is not one.`,
                    { node: cadence, property: 'count' });
            } else if (count > maxCadenceCount(unit)) {
                acceptIssue(accept, 'invalid-cadence',
                    `A review cadence runs at most ${maxCadenceCount(unit)} ${plural(unit)} (${maxCadenceYears === 10 ? 'ten' : maxCadenceYears} years): '${written(cadence, 'count')}' is more; the default, every quarter, applies.`,
                    { node: cadence, property: 'count' });
            }
        },
        Scale: (scale, accept) => {
            if (!checkNumbers(scale, ['min', 'max'], accept)) {
                return;
            }
            if (scale.min >= scale.max) {
                acceptIssue(accept, 'invalid-scale', `The emotion scale must go from a lower to a higher score, e.g. -2 .. 2; ${scale.min} .. ${scale.max} does not.`,
                    { node: scale });
            } else if (isScaleTooWide(scale.min, scale.max)) {
                acceptIssue(accept, 'scale-too-wide',
                    `An emotion scale has at most ${scaleLimits.maxSteps} steps, with ends within -${scaleLimits.maxMagnitude} .. ${scaleLimits.maxMagnitude}; ${scale.min} .. ${scale.max} is wider, so the default scale -2 .. 2 applies.`,
                    { node: scale });
            }
        },
        Emotion: (emotion, accept) => {
            const journey = journeyOf(emotion);
            if (!checkNumbers(emotion, ['score'], accept) || !journey) {
                return;
            }
            const { min, max } = journeyScale(journey);
            if (emotion.who && (emotion.score < min || emotion.score > max)) {
                acceptIssue(accept, 'emotion-off-scale',
                    `${emotion.who.$refText} feels ${signedScore(emotion.score)}, outside this journey's emotion scale ${min} .. ${max}.`,
                    { node: emotion, property: 'score' });
            }
        },
        Score: (score, accept) => {
            if (checkNumbers(score, ['value'], accept) && (score.value < scorecardRange.min || score.value > scorecardRange.max)) {
                acceptIssue(accept, 'score-out-of-range',
                    `Scorecard values go from ${scorecardRange.min} to ${scorecardRange.max}; '${score.criterion}' is scored ${score.value}.`,
                    { node: score, property: 'value' });
            }
        },
        FlowStep: (step, accept) => {
            if (checkNumbers(step, ['share'], accept) && step.share !== undefined && (step.share < 0 || step.share > 100)) {
                acceptIssue(accept, 'share-out-of-range', `A share of people is between 0% and 100%; ${step.share}% is not.`,
                    { node: step, property: 'share' });
            }
        }
    };
}

/**
 * Reports each of the node's numbers that is too large to use (`number-out-of-range`), in the words written;
 * true when all of them are usable (or absent), so that range checks only judge usable numbers.
 */
function checkNumbers<N extends AstNode>(node: N, properties: readonly (keyof N & string)[], accept: ValidationAcceptor): boolean {
    let usable = true;
    for (const property of properties) {
        const value = node[property];
        if (typeof value === 'number' && !isUsableNumber(value)) {
            usable = false;
            acceptIssue(accept, 'number-out-of-range',
                `'${written(node, property)}' is too large a number: numbers in a map go up to ${maxNumber.toExponential().replace('e+', 'e')} in size (fifteen digits); it is read as absent.`,
                { node, property } as DiagnosticInfo<N>);
        }
    }
    return usable;
}

/** A property's value as the map writes it, shortened when long. */
function written(node: AstNode, property: string): string {
    const text = GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text ?? String((node as unknown as Record<string, unknown>)[property]);
    return text.length > 20 ? `${text.slice(0, 17)}...` : text;
}

function plural(unit: string): string {
    return unit.endsWith('s') ? unit : `${unit}s`;
}

function isBadDate(value: string | undefined): value is string {
    return value !== undefined && !isRealDate(value);
}

function dateMessage(value: string): string {
    const reading = readDate(value);
    if (reading?.date && reading.date !== value) {
        return `'${value}' is not written as a date here: dates are YYYY-MM-DD, so write ${reading.date}.`;
    }
    if (reading?.readings) {
        return `'${value}' could be ${reading.readings[0]} or ${reading.readings[1]}: write dates as YYYY-MM-DD, e.g. 2026-09-30.`;
    }
    return `'${value}' is not a calendar date; write dates as YYYY-MM-DD, e.g. 2026-09-30.`;
}

/** The date in YYYY-MM-DD form, for the quick fix, when the written date has one reading. */
function dateFix(value: string): { replacement: string } | undefined {
    const date = readDate(value)?.date;
    return date && date !== value ? { replacement: date } : undefined;
}

