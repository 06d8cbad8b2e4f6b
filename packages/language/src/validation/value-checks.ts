import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import { isRealDate, readDate } from '../model/dates.js';
import { journeyOf } from '../model/ast-queries.js';
import { journeyScale, scorecardRange, signedScore } from '../model/scale.js';
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
            if (isBadDate(metric.measured)) {
                acceptIssue(accept, 'invalid-date', dateMessage(metric.measured), { node: metric, property: 'measured', data: dateFix(metric.measured) });
            }
        },
        Opportunity: (opportunity, accept) => {
            if (isBadDate(opportunity.due)) {
                acceptIssue(accept, 'invalid-date', dateMessage(opportunity.due), { node: opportunity, property: 'due', data: dateFix(opportunity.due) });
            }
        },
        Cadence: (cadence, accept) => {
            if (cadence.count !== undefined && (!Number.isInteger(cadence.count) || cadence.count < 1)) {
                acceptIssue(accept, 'invalid-cadence', `A review cadence counts whole ${cadence.unit}, at least 1: '${cadence.count}' is not one.`,
                    { node: cadence, property: 'count' });
            }
        },
        Scale: (scale, accept) => {
            if (scale.min >= scale.max) {
                acceptIssue(accept, 'invalid-scale', `The emotion scale must go from a lower to a higher score, e.g. -2 .. 2; ${scale.min} .. ${scale.max} does not.`,
                    { node: scale });
            }
        },
        Emotion: (emotion, accept) => {
            const journey = journeyOf(emotion);
            if (!journey) {
                return;
            }
            const { min, max } = journeyScale(journey);
            if (emotion.persona && (emotion.score < min || emotion.score > max)) {
                acceptIssue(accept, 'emotion-off-scale',
                    `${emotion.persona.$refText} feels ${signedScore(emotion.score)}, outside this journey's emotion scale ${min} .. ${max}.`,
                    { node: emotion, property: 'score' });
            }
        },
        Score: (score, accept) => {
            if (score.value < scorecardRange.min || score.value > scorecardRange.max) {
                acceptIssue(accept, 'score-out-of-range',
                    `Scorecard values go from ${scorecardRange.min} to ${scorecardRange.max}; '${score.criterion}' is scored ${score.value}.`,
                    { node: score, property: 'value' });
            }
        },
        FlowStep: (step, accept) => {
            if (step.share !== undefined && (step.share < 0 || step.share > 100)) {
                acceptIssue(accept, 'share-out-of-range', `A share of people is between 0% and 100%; ${step.share}% is not.`,
                    { node: step, property: 'share' });
            }
        }
    };
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

