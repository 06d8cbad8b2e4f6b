import type { JourneyModel } from '../model/journey-model.js';

export interface DropOff {
    /** The flow's id (`flow-1`, ...) and what names it. */
    readonly flow: string;
    readonly flowTitle?: string;
    readonly persona?: string;
    /** The touchpoint people leave from. */
    readonly touchpoint: string;
    readonly title: string;
    readonly stage?: string;
    /** Share of those who reached the touchpoint that leave, in %. */
    readonly share?: number;
    readonly label?: string;
}

/** Every drop-off step of every flow, biggest share first (those without a share last), then in text order. */
export function dropOffs(model: JourneyModel): DropOff[] {
    const touchpoints = new Map(model.touchpoints.map(touchpoint => [touchpoint.name, touchpoint]));
    return model.flows
        .flatMap(flow => flow.steps.filter(step => step.drop).map(step => ({
            flow: flow.id, flowTitle: flow.title, persona: flow.persona,
            touchpoint: step.from, title: touchpoints.get(step.from)?.title ?? step.from, stage: touchpoints.get(step.from)?.stage,
            share: step.share, label: step.label
        } satisfies DropOff)))
        .map((drop, order) => ({ drop, order }))
        .sort((a, b) => (b.drop.share ?? -1) - (a.drop.share ?? -1) || a.order - b.order)
        .map(entry => entry.drop);
}
