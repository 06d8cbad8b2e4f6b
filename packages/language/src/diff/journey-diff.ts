import type { ExperimentModel, JourneyModel, MetricModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import { allStages } from '../model/all-stages.js';
import { measureWords } from '../text/measure-words.js';
import { matchElements, type Named } from './match-elements.js';

/** Version of the diff's JSON shape; raised whenever a field changes meaning or disappears. */
export const DIFF_SCHEMA_VERSION = 1;

export type ElementChange =
    | { readonly change: 'added' | 'removed'; readonly name: string; readonly title: string; readonly stage?: string }
    | { readonly change: 'renamed'; readonly name: string; readonly title: string; readonly previousName: string }
    | { readonly change: 'moved'; readonly name: string; readonly title: string; readonly from: string; readonly to: string };

export interface EmotionChange {
    readonly persona: string;
    readonly touchpoint: string;
    readonly before?: number;
    readonly after?: number;
}

export interface FieldChange {
    readonly field: string;
    readonly before?: string | number;
    readonly after?: string | number;
}

export interface ValueChange {
    readonly change: 'added' | 'removed' | 'changed';
    readonly name: string;
    readonly title: string;
    readonly fields: readonly FieldChange[];
}

/** One persona's emotion curve before and after, over the touchpoints of both versions (after's order first). */
export interface CurveComparison {
    readonly persona: string;
    readonly points: readonly { readonly touchpoint: string; readonly title: string; readonly before?: number; readonly after?: number }[];
}

export interface JourneyDiff {
    readonly schemaVersion: typeof DIFF_SCHEMA_VERSION;
    readonly before: Named;
    readonly after: Named;
    readonly stages: readonly ElementChange[];
    readonly touchpoints: readonly ElementChange[];
    readonly emotions: readonly EmotionChange[];
    readonly metrics: readonly ValueChange[];
    /** Pain points opened (added), closed (removed) or changed (severity, place, personas affected). */
    readonly pains: readonly ValueChange[];
    readonly opportunities: readonly ValueChange[];
    readonly experiments: readonly ValueChange[];
    readonly curves: readonly CurveComparison[];
}

/** What changed between two versions of a journey (or a current-state and a future-state map of it). */
export function diffJourneys(before: JourneyModel, after: JourneyModel): JourneyDiff {
    const touchpointMatch = matchElements(before.touchpoints, after.touchpoints);
    // Later comparisons speak of touchpoints by their new names.
    const newName = new Map(touchpointMatch.pairs.map(pair => [pair.before.name, pair.after.name]));
    return {
        schemaVersion: DIFF_SCHEMA_VERSION,
        before: { name: before.name, title: before.title },
        after: { name: after.name, title: after.title },
        stages: stageChanges(before.stages, after.stages),
        touchpoints: elementChanges(before.touchpoints, after.touchpoints, t => t.stage, t => t.stage),
        emotions: emotionChanges(before.touchpoints, after.touchpoints, newName),
        metrics: valueChanges(before.metrics, after.metrics, metric => ({
            baseline: metric.baseline, current: metric.current, target: metric.target, projected: metric.projected, status: metric.status,
            at: locationName(metric, newName)
        })),
        pains: valueChanges(before.pains, after.pains, pain => ({
            severity: pain.severity, at: pain.location && (newName.get(pain.location.name) ?? pain.location.name), affects: pain.affects.join(', ') || undefined
        })),
        opportunities: valueChanges(before.opportunities, after.opportunities, o => ({ status: o.status, impact: o.impact, effort: o.effort, owner: o.owner?.name, due: o.due })),
        experiments: valueChanges(before.experiments, after.experiments, e => ({
            status: e.status, expect: measureValue(e.expected), observed: measureValue(e.observed), result: e.result
        })),
        curves: curves(before, after, newName)
    };
}

function stageChanges(before: readonly StageModel[], after: readonly StageModel[]): ElementChange[] {
    const oldParents = parents(before);
    const newParents = parents(after);
    return elementChanges(allStages(before), allStages(after), stage => oldParents.get(stage.name), stage => newParents.get(stage.name));
}

function elementChanges<T extends Named>(before: readonly T[], after: readonly T[], placeBefore: (element: T) => string | undefined, placeAfter: (element: T) => string | undefined): ElementChange[] {
    const { pairs, added, removed } = matchElements(before, after);
    const changes: ElementChange[] = [];
    for (const element of added) changes.push({ change: 'added', name: element.name, title: element.title, stage: placeAfter(element) });
    for (const element of removed) changes.push({ change: 'removed', name: element.name, title: element.title, stage: placeBefore(element) });
    for (const { before: old, after: current, renamed } of pairs) {
        if (renamed) {
            changes.push({ change: 'renamed', name: current.name, title: current.title, previousName: old.name });
        }
        const from = placeBefore(old);
        const to = placeAfter(current);
        if (from !== undefined && to !== undefined && from !== to) {
            changes.push({ change: 'moved', name: current.name, title: current.title, from, to });
        }
    }
    return changes;
}

function emotionChanges(before: readonly TouchpointModel[], after: readonly TouchpointModel[], newName: Map<string, string>): EmotionChange[] {
    const scores = (touchpoints: readonly TouchpointModel[], rename: (name: string) => string) =>
        new Map(touchpoints.flatMap(t => t.emotions.map(e => [`${e.persona}\u0000${rename(t.name)}`, e.score] as const)));
    const old = scores(before, name => newName.get(name) ?? name);
    const current = scores(after, name => name);
    const changes: EmotionChange[] = [];
    for (const key of new Set([...current.keys(), ...old.keys()])) {
        const [persona, touchpoint] = key.split('\u0000');
        if (old.get(key) !== current.get(key)) {
            changes.push({ persona, touchpoint, before: old.get(key), after: current.get(key) });
        }
    }
    return changes;
}

function valueChanges<T extends Named>(before: readonly T[], after: readonly T[], fieldsOf: (element: T) => Record<string, string | number | undefined>): ValueChange[] {
    const { pairs, added, removed } = matchElements(before, after);
    const changes: ValueChange[] = [
        ...added.map(element => ({ change: 'added' as const, name: element.name, title: element.title, fields: present(fieldsOf(element), 'after') })),
        ...removed.map(element => ({ change: 'removed' as const, name: element.name, title: element.title, fields: present(fieldsOf(element), 'before') }))
    ];
    for (const { before: old, after: current } of pairs) {
        const oldFields = fieldsOf(old);
        const newFields = fieldsOf(current);
        const fields = Object.keys(newFields)
            .filter(field => oldFields[field] !== newFields[field])
            .map(field => ({ field, before: oldFields[field], after: newFields[field] }));
        if (fields.length > 0) {
            changes.push({ change: 'changed', name: current.name, title: current.title, fields });
        }
    }
    return changes;
}

function present(fields: Record<string, string | number | undefined>, side: 'before' | 'after'): FieldChange[] {
    return Object.entries(fields).filter(([, value]) => value !== undefined).map(([field, value]) => ({ field, [side]: value }));
}

function curves(before: JourneyModel, after: JourneyModel, newName: Map<string, string>): CurveComparison[] {
    const personas = [...new Set([...after.personas, ...before.personas].map(persona => persona.name))];
    const renamedBefore = before.touchpoints.map(t => ({ ...t, name: newName.get(t.name) ?? t.name }));
    const afterNames = new Set(after.touchpoints.map(t => t.name));
    const order = [...after.touchpoints, ...renamedBefore.filter(t => !afterNames.has(t.name))];
    const oldScores = scoresByTouchpoint(renamedBefore);
    const newScores = scoresByTouchpoint(after.touchpoints);
    return personas.map(persona => ({
        persona,
        points: order
            .map(t => ({ touchpoint: t.name, title: t.title, before: oldScores.get(t.name)?.get(persona), after: newScores.get(t.name)?.get(persona) }))
            .filter(point => point.before !== undefined || point.after !== undefined)
    })).filter(curve => curve.points.length > 0);
}

/**
 * Each touchpoint's score by persona. Where a name or a persona comes twice, the first written counts (the lists are
 * reversed before they become maps, whose last entry of a key wins).
 */
function scoresByTouchpoint(touchpoints: readonly TouchpointModel[]): Map<string, Map<string, number>> {
    return new Map(touchpoints.map(t => [t.name, new Map(t.emotions.map(e => [e.persona, e.score] as const).reverse())] as const).reverse());
}

/** The stage each stage is written in, by name, for the stages inside another. */
function parents(roots: readonly StageModel[]): Map<string, string> {
    return new Map(allStages(roots).flatMap(parent => parent.stages.map(sub => [sub.name, parent.name] as const)).reverse());
}

/** Where a metric is measured: its stage or touchpoint (by its new name), or its channel. */
function locationName(metric: MetricModel, newName: Map<string, string>): string | undefined {
    return metric.location ? newName.get(metric.location.name) ?? metric.location.name : metric.channel?.name;
}

/** An experiment's threshold or result in words (`change −15%`, `level 60`), as the reports show it. */
function measureValue(measure: ExperimentModel['expected']): string | undefined {
    return measure && measureWords(measure);
}
