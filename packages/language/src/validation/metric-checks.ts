import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import { metricDirection } from '../model/metric-status.js';
import { acceptIssue } from './accept-issue.js';

/** Metrics say enough to be judged: which direction is better. */
export function metricChecks(): ValidationChecks<JourneyAstType> {
    return {
        Metric: (metric, accept) => {
            if (!metric.name || metric.target === undefined || metricDirection(metric).better !== undefined) {
                return;
            }
            const why = metric.baseline === undefined ? 'it has no baseline to tell from' : 'its baseline equals its target';
            acceptIssue(accept, 'metric-without-direction',
                `Metric '${metric.name}' does not say whether higher or lower is better, and ${why}; add better higher or better lower.`,
                { node: metric, property: 'name' });
        }
    };
}
