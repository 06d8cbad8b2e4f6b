/**
 * Every diagnostic the language reports has a stable code. Check codes can be re-graded or turned off per
 * project (see `config/check-config.ts`); syntax and reference errors cannot.
 */
export type CheckSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface IssueDefinition {
    readonly severity: CheckSeverity;
    /** One sentence for documentation, SARIF rules and `journey check --list`. */
    readonly description: string;
    /** Whether a project may change its severity or turn it off. */
    readonly configurable: boolean;
}

const fixed = (description: string): IssueDefinition => ({ severity: 'error', description, configurable: false });
const check = (severity: CheckSeverity, description: string): IssueDefinition => ({ severity, description, configurable: true });

export const IssueCodes = {
    'syntax-error': fixed('The text does not follow the journey-map syntax.'),
    'unresolved-reference': fixed('A name refers to something that is not declared in the workspace or journey.'),
    'checks-stopped': fixed('The checks of a file stopped on an internal error, so its findings may be incomplete; please report it.'),
    'duplicate-name': check('error', 'Two declarations share a name where names must be unique.'),
    'duplicate-property': check('error', 'A property that takes one value is given more than once.'),
    'invalid-date': check('error', 'A date is not a real calendar date, or not written YYYY-MM-DD.'),
    'invalid-cadence': check('error', 'A review cadence is not a whole number of weeks, months, quarters or years, or is longer than ten years.'),
    'invalid-scale': check('error', 'The emotion scale is empty or reversed.'),
    'scale-too-wide': check('error', 'The emotion scale has more than 100 steps or an end beyond -1000 .. 1000; the default scale is used.'),
    'text-too-long': check('warning', 'A quoted text is longer than 10,000 characters.'),
    'number-out-of-range': check('error', 'A number is larger in size than 10^15 (fifteen digits); it is read as absent.'),
    'emotion-off-scale': check('error', 'An emotion score lies outside the journey\'s emotion scale.'),
    'score-out-of-range': check('error', 'A moment-of-truth scorecard value lies outside 1..5.'),
    'share-out-of-range': check('error', 'A flow share is not between 0% and 100%.'),
    'flow-shares-exceed-total': check('warning', 'The shares leaving one touchpoint add up to more than 100%.'),
    'flow-outside-journey': check('error', 'A flow links a touchpoint of another journey.'),
    'unreached-touchpoint': check('warning', 'A journey has flows, but no flow reaches this (frontstage) touchpoint.'),
    'stage-without-touchpoint': check('warning', 'A stage (with its sub-stages) has no touchpoint.'),
    'touchpoint-without-channel': check('warning', 'A frontstage touchpoint does not say through which channel it happens.'),
    'pain-without-opportunity': check('warning', 'No opportunity addresses a pain point.'),
    'opportunity-without-owner': check('warning', 'An opportunity has no owning team.'),
    'moment-without-metric': check('warning', 'A moment of truth has no metric at its touchpoint.'),
    'stage-without-metric': check('info', 'A stage has no metric on it or on its touchpoints.'),
    'metric-without-target': check('warning', 'A metric has no target value.'),
    'metric-without-direction': check('warning', 'A metric with a target does not say whether higher or lower is better: its baseline (or, without one, its current value) and target tell which (the check asks to confirm), or nothing tells.'),
    'experiment-incomplete': check('warning', 'An experiment runs without a hypothesis, a metric or a success threshold.'),
    'experiment-verdict-mismatch': check('warning', 'An experiment is marked won though what it observed misses its threshold, or lost though it reaches it.'),
    'unused-persona': check('warning', 'A persona is declared but no journey uses it.'),
    'too-many-personas': check('warning', 'A journey covers more than three personas: its scope is too wide.'),
    'stale-map': check('warning', 'The journey\'s last review is older than its review cadence.'),
    'review-missing': check('info', 'A journey does not say when it was last reviewed.'),
    'review-in-future': check('warning', 'A journey\'s last review date lies after today.'),
    'percent-out-of-range': check('warning', 'A value of a metric in % lies outside 0..100.'),
    'unreadable-file': fixed('A map cannot be read as UTF-8 text (it is saved as UTF-16, holds other bytes, is too large or is not a regular file): reported by the CLI, which checks the other maps.')
} as const satisfies Record<string, IssueDefinition>;

export type IssueCode = keyof typeof IssueCodes;

export const issueCodeList = Object.keys(IssueCodes) as IssueCode[];

export function isIssueCode(code: unknown): code is IssueCode {
    return typeof code === 'string' && Object.hasOwn(IssueCodes, code);
}
