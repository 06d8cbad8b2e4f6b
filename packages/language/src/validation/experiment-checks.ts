import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import { meetsThreshold, verdictMismatch } from '../analysis/experiments.js';
import { metricDirection } from '../model/metric-status.js';
import { acceptIssue } from './accept-issue.js';

/** An experiment's status agrees with what it observed against its threshold. */
export function experimentChecks(): ValidationChecks<JourneyAstType> {
    return {
        Experiment: (experiment, accept) => {
            if (!experiment.name || experiment.expected === undefined || experiment.observed === undefined) {
                return;
            }
            const expected = { value: experiment.expected, percent: experiment.percent };
            const observed = { value: experiment.observed, percent: experiment.observedPercent };
            const metric = experiment.metric?.ref;
            const meets = meetsThreshold(expected, observed, metric && metricDirection(metric).better);
            if (verdictMismatch(experiment.status, meets)) {
                const written = (measure: typeof expected) => `${measure.value > 0 && measure.percent ? '+' : ''}${measure.value}${measure.percent ? '%' : ''}`;
                acceptIssue(accept, 'experiment-verdict-mismatch', experiment.status === 'won'
                    ? `Experiment '${experiment.name}' is marked won, but what it observed (${written(observed)}) misses its threshold (expect ${written(expected)}); mark it lost, or correct the numbers.`
                    : `Experiment '${experiment.name}' is marked lost, but what it observed (${written(observed)}) reaches its threshold (expect ${written(expected)}); mark it won, or correct the numbers.`,
                { node: experiment, property: 'status' });
            }
        }
    };
}
