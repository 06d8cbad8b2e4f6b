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
    // Counted in one pass over the touchpoints and one over the pains, keyed by persona and top-level stage.
    const felt = new Counts();
    for (const touchpoint of model.touchpoints) {
        const stage = stageOf.get(touchpoint.name);
        if (stage !== undefined && touchpoint.lane !== 'backstage') {
            new Set(touchpoint.emotions.map(emotion => emotion.persona)).forEach(persona => felt.add(persona, stage));
        }
    }
    const pained = new Counts();
    for (const pain of model.pains) {
        const stage = pain.location && stageOf.get(pain.location.name);
        if (stage !== undefined) {
            new Set(pain.affects).forEach(persona => pained.add(persona, stage));
        }
    }
    return model.personas.map(persona => {
        const cells = model.stages.map(stage => ({
            stage: stage.name,
            felt: felt.of(persona.name, stage.name),
            touchpoints: touchpointCount.get(stage.name) ?? 0,
            pains: pained.of(persona.name, stage.name)
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

/** How many of something each persona has at each stage. */
class Counts {
    private readonly counts = new Map<string, Map<string, number>>();

    add(persona: string, stage: string): void {
        const stages = this.counts.get(persona) ?? new Map<string, number>();
        stages.set(stage, (stages.get(stage) ?? 0) + 1);
        this.counts.set(persona, stages);
    }

    of(persona: string, stage: string): number {
        return this.counts.get(persona)?.get(stage) ?? 0;
    }
}
