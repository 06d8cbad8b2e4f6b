import type { JourneyModel, StageModel } from '../model/journey-model.js';

export interface CoverageCell {
    readonly stage: string;
    /** Touchpoints of the stage (sub-stages' included) where the persona's feeling is recorded. */
    readonly felt: number;
    /** Frontstage touchpoints of the stage, sub-stages' included (backstage steps do not count). */
    readonly touchpoints: number;
    /** Pain points at the stage (or at its sub-stages and touchpoints) that affect the persona. */
    readonly pains: number;
}

export interface PersonaCoverage {
    readonly persona: string;
    readonly title: string;
    /** One cell per top-level stage, in stage order. */
    readonly cells: readonly CoverageCell[];
    /** The top-level stages where nothing is recorded for the persona: no feeling, no pain. */
    readonly gaps: readonly string[];
}

/** Persona x stage: what the map records of each persona at each top-level stage. */
export function personaCoverage(model: JourneyModel): PersonaCoverage[] {
    const stageOf = new Map<string, string>();
    const touchpointCount = new Map<string, number>();
    const backstage = new Set(model.touchpoints.filter(touchpoint => touchpoint.lane === 'backstage').map(touchpoint => touchpoint.name));
    for (const stage of model.stages) {
        const touchpoints = namesBelow(stage, stageOf, stage.name, backstage);
        touchpointCount.set(stage.name, touchpoints);
    }
    return model.personas.map(persona => {
        const cells = model.stages.map(stage => ({
            stage: stage.name,
            felt: model.touchpoints.filter(touchpoint => stageOf.get(touchpoint.name) === stage.name && touchpoint.lane !== 'backstage'
                && touchpoint.emotions.some(emotion => emotion.persona === persona.name)).length,
            touchpoints: touchpointCount.get(stage.name) ?? 0,
            pains: model.pains.filter(pain => pain.location && stageOf.get(pain.location.name) === stage.name
                && pain.affects.includes(persona.name)).length
        }));
        return {
            persona: persona.name, title: persona.title, cells,
            gaps: cells.filter(cell => cell.felt === 0 && cell.pains === 0).map(cell => cell.stage)
        };
    });
}

/**
 * Records `top` as the top-level stage of the stage, its sub-stages and their touchpoints; returns how many frontstage
 * touchpoints it holds (backstage steps are not where customers are).
 */
function namesBelow(stage: StageModel, stageOf: Map<string, string>, top: string, backstage: ReadonlySet<string>): number {
    stageOf.set(stage.name, top);
    stage.touchpoints.forEach(touchpoint => stageOf.set(touchpoint, top));
    const own = stage.touchpoints.filter(touchpoint => !backstage.has(touchpoint)).length;
    return stage.stages.reduce((count, sub) => count + namesBelow(sub, stageOf, top, backstage), own);
}
