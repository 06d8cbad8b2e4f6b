import { AstUtils, UriUtils, type ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import { unreachedBy } from '../analysis/unreached-touchpoints.js';
import { journeyIndex, journeyOf } from '../model/ast-queries.js';
import { usableNumber } from '../model/number-limits.js';
import { acceptIssue } from './accept-issue.js';

/** Flows stay inside their journey, reach every touchpoint, and do not send out more than everyone. */
export function flowChecks(): ValidationChecks<JourneyAstType> {
    return {
        FlowStep: (step, accept) => {
            const journey = journeyOf(step);
            for (const property of ['from', 'to'] as const) {
                const target = step[property]?.ref;
                const targetJourney = target && journeyOf(target);
                if (targetJourney && targetJourney !== journey) {
                    const file = UriUtils.basename(AstUtils.getDocument(targetJourney).uri);
                    acceptIssue(accept, 'flow-outside-journey',
                        `Touchpoint '${target.name}' belongs to another journey ('${targetJourney.name}' in ${file}); a flow only links touchpoints of its own journey.`,
                        { node: step, property });
                }
            }
        },
        Flow: (flow, accept) => {
            const outgoing = new Map<string, number>();
            for (const step of flow.steps) {
                const from = step.from?.$refText;
                const share = usableNumber(step.share);
                if (share === undefined || from === undefined) {
                    continue;
                }
                const total = (outgoing.get(from) ?? 0) + share;
                outgoing.set(from, total);
                if (total > 100 && total - share <= 100) {
                    acceptIssue(accept, 'flow-shares-exceed-total',
                        `The shares leaving '${from}' in this flow add up to ${total}%, more than everyone who got there.`,
                        { node: step, property: 'share' });
                }
            }
        },
        Journey: (journey, accept) => {
            const flows = journey.flows.map(flow => ({ steps: flow.steps.map(step => ({ from: step.from?.ref?.name, to: step.to?.ref?.name })) }));
            for (const touchpoint of unreachedBy(journeyIndex(journey).touchpoints, flows)) {
                if (touchpoint.name) {
                    acceptIssue(accept, 'unreached-touchpoint',
                        `No flow of journey '${journey.name}' passes through touchpoint '${touchpoint.name}'.`,
                        { node: touchpoint, property: 'name' });
                }
            }
        }
    };
}
