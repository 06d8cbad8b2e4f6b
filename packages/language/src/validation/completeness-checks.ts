import type { ValidationChecks } from 'langium';
import type { AstNode } from 'langium';
import type { JourneyAstType, Metric, Pain, Stage } from '../generated/ast.js';
import { journeyIndex, journeyOf, type JourneyIndex } from '../model/ast-queries.js';
import { acceptIssue } from './accept-issue.js';

/** What a useful map holds: touchpoints with channels, pains with answers, owners, metrics with targets. */
export function completenessChecks(): ValidationChecks<JourneyAstType> {
    return {
        Stage: (stage, accept) => {
            const journey = journeyOf(stage);
            if (stage.name && journey && journeyIndex(journey).touchpointsOf(stage).length === 0) {
                acceptIssue(accept, 'stage-without-touchpoint',
                    `Stage '${stage.name}' has no touchpoint; add one with: touchpoint Name "What happens" { channel web }`,
                    { node: stage, property: 'name' });
            }
        },
        Touchpoint: (touchpoint, accept) => {
            // Backstage steps (a system routes the chat, staff pack the order) happen in no customer channel.
            if (touchpoint.name && touchpoint.channels.length === 0 && touchpoint.lane !== 'backstage') {
                acceptIssue(accept, 'touchpoint-without-channel',
                    `Touchpoint '${touchpoint.name}' has no channel; say where it happens, e.g. channel web.`,
                    { node: touchpoint, property: 'name' });
            }
        },
        Opportunity: (opportunity, accept) => {
            if (opportunity.name && !opportunity.owner) {
                acceptIssue(accept, 'opportunity-without-owner',
                    `Opportunity '${opportunity.name}' has no owner; name the team that will act on it, e.g. owner Web.`,
                    { node: opportunity, property: 'name' });
            }
        },
        Metric: (metric, accept) => {
            if (metric.name && metric.target === undefined) {
                acceptIssue(accept, 'metric-without-target',
                    `Metric '${metric.name}' has no target; without one nobody can tell whether it is on track.`,
                    { node: metric, property: 'name' });
            }
        },
        Experiment: (experiment, accept) => {
            if (!experiment.name || !experiment.status || experiment.status === 'planned') {
                return;
            }
            const missing = [
                experiment.hypothesis === undefined ? 'a hypothesis' : undefined,
                experiment.metric === undefined ? 'a metric' : undefined,
                experiment.expected === undefined ? 'a success threshold (expect ...)' : undefined
            ].filter((item): item is string => item !== undefined);
            if (missing.length > 0) {
                acceptIssue(accept, 'experiment-incomplete',
                    `Experiment '${experiment.name}' is ${experiment.status} without ${joinWords(missing)}; state them before it runs.`,
                    { node: experiment, property: 'name' });
            }
        },
        Journey: (journey, accept) => {
            const solved = new Set<Pain>(journey.opportunities.flatMap(o => o.solves.map(ref => ref?.ref)).filter(isDefined));
            for (const pain of journey.pains) {
                if (pain.name && !solved.has(pain)) {
                    acceptIssue(accept, 'pain-without-opportunity',
                        `Pain point '${pain.name}' is not addressed by any opportunity.`,
                        { node: pain, property: 'name' });
                }
            }
            const index = journeyIndex(journey);
            const measured = new Set<AstNode>(journey.metrics.map((metric: Metric) => metric.location?.ref).filter(isDefined));
            for (const stage of journey.stages) {
                if (stage.name && !isMeasured(stage, measured, index)) {
                    acceptIssue(accept, 'stage-without-metric',
                        `Stage '${stage.name}' has no metric on it or on its touchpoints.`,
                        { node: stage, property: 'name' });
                }
            }
            for (const touchpoint of index.touchpoints) {
                if (touchpoint.name && touchpoint.moment && !measured.has(touchpoint)) {
                    acceptIssue(accept, 'moment-without-metric',
                        `Touchpoint '${touchpoint.name}' is a moment of truth but no metric is measured at it.`,
                        { node: touchpoint.moment });
                }
            }
        }
    };
}

function isMeasured(stage: Stage, measured: Set<AstNode>, index: JourneyIndex): boolean {
    return measured.has(stage)
        || stage.stages.some(sub => isMeasured(sub, measured, index))
        || index.touchpointsOf(stage).some(touchpoint => measured.has(touchpoint));
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

function joinWords(items: string[]): string {
    return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
