import type { JourneyModel, TouchpointModel } from '../model/journey-model.js';

/**
 * The frontstage touchpoints that no flow passes through (as a step's start or end), in text order; none when
 * the journey has no flow. Backstage touchpoints are not on customers' paths. The `unreached-touchpoint`
 * check applies the same rule to the syntax tree.
 */
export function unreachedTouchpoints(model: JourneyModel): TouchpointModel[] {
    if (model.flows.length === 0) {
        return [];
    }
    const reached = new Set(model.flows.flatMap(flow => flow.steps.flatMap(step => step.to ? [step.from, step.to] : [step.from])));
    return model.touchpoints.filter(touchpoint => touchpoint.lane !== 'backstage' && !reached.has(touchpoint.name));
}
