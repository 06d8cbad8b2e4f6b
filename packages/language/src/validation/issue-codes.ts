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
    'duplicate-name': check('error', 'Two declarations share a name where names must be unique.'),
    'duplicate-property': check('error', 'A property that takes one value is given more than once.'),
    'invalid-date': check('error', 'A date is not a real calendar date, or not written YYYY-MM-DD.'),
    'invalid-cadence': check('error', 'A review cadence is not a whole number of weeks, months, quarters or years.'),
    'invalid-scale': check('error', 'The emotion scale is empty or reversed.'),
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
    'experiment-incomplete': check('warning', 'An experiment runs without a hypothesis, a metric or a success threshold.'),
    'unused-persona': check('warning', 'A persona is declared but no journey uses it.'),
    'too-many-personas': check('warning', 'A journey covers more than three personas: its scope is too wide.'),
    'stale-map': check('warning', 'The journey\'s last review is older than its review cadence.'),
    'review-missing': check('info', 'A journey does not say when it was last reviewed.')
} as const satisfies Record<string, IssueDefinition>;

export type IssueCode = keyof typeof IssueCodes;

export const issueCodeList = Object.keys(IssueCodes) as IssueCode[];

export function isIssueCode(code: unknown): code is IssueCode {
    return typeof code === 'string' && Object.hasOwn(IssueCodes, code);
}
