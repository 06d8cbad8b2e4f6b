import type { JourneyModel, TouchpointModel } from '../model/journey-model.js';

/** What the rule needs of a touchpoint and of a flow step, from the model or the syntax tree alike. */
interface Placed {
    readonly name?: string;
    readonly lane?: string;
}
interface Step {
    readonly from?: string;
    readonly to?: string;
}

/**
 * The frontstage touchpoints that no flow step starts or ends at, in their order; none when the journey has
 * no flow. Backstage touchpoints are not on customers' paths. The one rule behind this analysis and the
 * `unreached-touchpoint` check.
 */
export function unreachedBy<T extends Placed>(touchpoints: readonly T[], flows: readonly { readonly steps: readonly Step[] }[]): T[] {
    if (flows.length === 0) {
        return [];
    }
    const reached = new Set(flows.flatMap(flow => flow.steps.flatMap(step => [step.from, step.to])));
    return touchpoints.filter(touchpoint => touchpoint.lane !== 'backstage' && !reached.has(touchpoint.name));
}

export function unreachedTouchpoints(model: JourneyModel): TouchpointModel[] {
    return unreachedBy(model.touchpoints, model.flows);
}
