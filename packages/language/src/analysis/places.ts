import { allStages } from '../model/all-stages.js';
import type { JourneyModel, LocationRef, StageModel } from '../model/journey-model.js';
import type { Funnel } from './funnels.js';

/**
 * The touchpoints of a place: the touchpoint itself, or every touchpoint of a stage and its sub-stages, in text order
 * and without repeats. A stage's list is gathered once, however many pains or metrics are placed there.
 */
export function placeTouchpoints(model: JourneyModel): (location: LocationRef) => readonly string[] {
    const stages = new Map(allStages(model.stages).map(stage => [stage.name, stage]));
    const gathered = new Map<string, readonly string[]>();
    // An explicit stack rather than recursion: stages may nest deeper than the call stack allows.
    const below = (top: StageModel): string[] => {
        const found: string[] = [];
        const waiting = [top];
        while (waiting.length > 0) {
            const stage = waiting.pop()!;
            // One at a time, not spread: a stage may hold more touchpoints than a call takes arguments.
            for (const touchpoint of stage.touchpoints) {
                found.push(touchpoint);
            }
            for (let sub = stage.stages.length - 1; sub >= 0; sub--) {
                waiting.push(stage.stages[sub]);
            }
        }
        return [...new Set(found)];
    };
    return location => {
        if (location.kind === 'touchpoint') {
            return [location.name];
        }
        const stage = stages.get(location.name);
        if (!stage) {
            return [];
        }
        const known = gathered.get(location.name) ?? below(stage);
        gathered.set(location.name, known);
        return known;
    };
}

/**
 * The share of a funnel's starters reaching a place, in % (the largest over its touchpoints and the funnels);
 * undefined when no funnel reaches it. Worked out once per place.
 */
export function placeReach(model: JourneyModel, funnels: readonly Funnel[]): (location: LocationRef) => number | undefined {
    const touchpointsAt = placeTouchpoints(model);
    const reachOf = new Map<string, number>();
    for (const funnel of funnels) {
        for (const step of funnel.steps) {
            reachOf.set(step.touchpoint, Math.max(reachOf.get(step.touchpoint) ?? 0, step.reached));
        }
    }
    const known = new Map<string, number | undefined>();
    return location => {
        const key = placeKey(location);
        if (!known.has(key)) {
            const reaches = touchpointsAt(location).flatMap(name => reachOf.get(name) ?? []);
            known.set(key, reaches.length > 0 ? reaches.reduce((most, value) => Math.max(most, value)) : undefined);
        }
        return known.get(key);
    };
}

/** A place as a map key: a stage and a touchpoint may share a name. */
export function placeKey(location: LocationRef): string {
    return `${location.kind}\u0000${location.name}`;
}
