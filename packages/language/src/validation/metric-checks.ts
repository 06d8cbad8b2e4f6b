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
            const { better, inferred } = metricDirection(metric);
            if (!metric.name || metric.target === undefined || inferred === 'baseline' || (better !== undefined && !inferred)) {
                return;
            }
            const message = inferred === 'current'
                ? `Metric '${metric.name}' does not say whether higher or lower is better; it is judged ${better} is better, as its target is ${better === 'lower' ? 'below' : 'above'} its current value. Add better ${better} to confirm (or better ${better === 'lower' ? 'higher' : 'lower'}).`
                : `Metric '${metric.name}' does not say whether higher or lower is better, and ${metric.baseline === undefined ? 'it has no baseline or current value to tell from' : 'its baseline equals its target'}; add better higher or better lower.`;
            acceptIssue(accept, 'metric-without-direction', message, { node: metric, property: 'name' });
        }
    };
}
