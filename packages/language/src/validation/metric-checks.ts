import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import { metricDirection } from '../model/metric-status.js';
import { acceptIssue } from './accept-issue.js';

/** Metrics say enough to be judged (which direction is better), and their shares are shares. */
export function metricChecks(): ValidationChecks<JourneyAstType> {
    return {
        Metric: (metric, accept) => {
            if (metric.name && metric.unit === '%') {
                for (const property of ['baseline', 'current', 'target', 'projected'] as const) {
                    const value = metric[property];
                    if (value !== undefined && (value < 0 || value > 100)) {
                        acceptIssue(accept, 'percent-out-of-range',
                            `Metric '${metric.name}' is in %, but its ${property} value is ${value}; a share lies between 0 and 100 (for a change, use another unit).`,
                            { node: metric, property });
                    }
                }
            }
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
