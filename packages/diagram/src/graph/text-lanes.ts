import {
    allStages, measureWords, type ExperimentModel, type JourneyModel, type LocationRef, type MetricModel, type OpportunityModel, type StageModel, type TouchpointModel
} from '@journey-maps/language/model';
import { lanes, type Lane, type ResolvedOptions } from '../options.js';
import { diagramIds, type TextItem, type TextLane, type TextPart } from './diagram-graph.js';

/** Each text lane's name in the gutter. */
export const textLaneNames: Partial<Record<Lane, string>> = {
    goals: 'Goals and questions',
    does: 'Does',
    thinks: 'Thinks',
    says: 'Says',
    evidence: 'Physical evidence',
    experiments: 'Experiments',
    backstage: 'Backstage',
    support: 'Support processes'
};

/** Where an item goes: the id of the card or stage shown for a location; undefined for none (or one not shown). */
export type AnchorOf = (location: LocationRef | undefined) => string | undefined;

/**
 * The text lanes of a journey under the options, in `lanes` order, each only when shown and with something in
 * it. A backstage touchpoint's `does` is the staff's work out of the customer's sight: it goes to the backstage
 * lane, not to what the customer does. The first service-blueprint lane (backstage or support) carries the line
 * of visibility; support under backstage carries the line of internal interaction.
 */
export function buildTextLanes(model: JourneyModel, options: ResolvedOptions, anchorOf: AnchorOf): TextLane[] {
    const customer = model.touchpoints.filter(touchpoint => touchpoint.lane !== 'backstage');
    const backstage = model.touchpoints.filter(touchpoint => touchpoint.lane === 'backstage');
    const atTouchpoint = (lane: Lane, touchpoints: readonly TouchpointModel[], parts: (touchpoint: TouchpointModel) => TextPart[]): TextItem[] =>
        touchpoints.flatMap(touchpoint => {
            const texts = parts(touchpoint);
            return texts.length === 0 ? [] : [{
                id: diagramIds.note(lane, touchpoint.name), range: touchpoint.range, anchor: anchorOf({ kind: 'touchpoint', name: touchpoint.name }), texts
            }];
        });
    const items: Partial<Record<Lane, TextItem[]>> = {
        goals: allStages(model.stages).flatMap(stage => stageItem(stage, anchorOf)),
        does: atTouchpoint('does', customer, touchpoint => touchpoint.does.map(text => part(text, 'text', 4))),
        thinks: atTouchpoint('thinks', customer, touchpoint => touchpoint.thinks.map(text => part(text, 'text', 4))),
        says: atTouchpoint('says', model.touchpoints, touchpoint => touchpoint.says.map(text => part(`“${text}”`, 'quote', 4))),
        evidence: atTouchpoint('evidence', model.touchpoints, touchpoint => touchpoint.artifacts.map(text => part(text, 'text', 3))),
        experiments: experimentItems(model, anchorOf),
        backstage: atTouchpoint('backstage', backstage, touchpoint => touchpoint.does.length > 0
            ? touchpoint.does.map(text => part(text, 'text', 4))
            : [part(touchpoint.title, 'text', 4)]),
        support: atTouchpoint('support', model.touchpoints, touchpoint => touchpoint.support.map(text => part(text, 'text', 3)))
    };
    const shown = lanes.filter(lane => options.lanes.has(lane) && (items[lane]?.length ?? 0) > 0);
    const line = (lane: Lane): string | undefined => {
        if (lane === 'backstage' || (lane === 'support' && !shown.includes('backstage'))) return 'Line of visibility';
        return lane === 'support' ? 'Line of internal interaction' : undefined;
    };
    return shown.map(lane => ({ lane, name: textLaneNames[lane]!, line: line(lane), items: items[lane]! }));
}

/** Whether the diagram shows a service blueprint's layers, so the touchpoints lane starts at the line of interaction. */
export function showsBlueprint(textLanes: readonly TextLane[]): boolean {
    return textLanes.some(lane => lane.lane === 'backstage' || lane.lane === 'support');
}

function part(text: string, style: TextPart['style'], maxLines: number): TextPart {
    return { text, style, maxLines };
}

function stageItem(stage: StageModel, anchorOf: AnchorOf): TextItem[] {
    const texts = [
        ...(stage.goal ? [part(`Goal: ${stage.goal}`, 'title', 3)] : []),
        ...stage.expectations.map(text => part(`Expects: ${text}`, 'text', 3)),
        ...stage.questions.map(text => part(`“${text}”`, 'quote', 3))
    ];
    return texts.length === 0 ? [] : [{
        id: diagramIds.note('goals', stage.name), range: stage.range, anchor: anchorOf({ kind: 'stage', name: stage.name }), texts
    }];
}

/** What an experiment's item looks up: opportunities and metrics by name (the first of a name), and each opportunity's pain place. */
interface ExperimentLookups {
    readonly opportunities: ReadonlyMap<string, OpportunityModel>;
    readonly metrics: ReadonlyMap<string, MetricModel>;
    /** The place of the first pain that names the opportunity and has a place shown. */
    readonly painPlaces: ReadonlyMap<string, LocationRef | undefined>;
}

/** The experiments' items, their opportunities, metrics and pain places looked up in maps built once. */
function experimentItems(model: JourneyModel, anchorOf: AnchorOf): TextItem[] {
    if (model.experiments.length === 0) {
        return [];
    }
    const painPlaces = new Map<string, LocationRef | undefined>();
    for (const pain of model.pains.filter(pain => anchorOf(pain.location) !== undefined)) {
        pain.opportunities.filter(name => !painPlaces.has(name)).forEach(name => painPlaces.set(name, pain.location));
    }
    const lookups = { opportunities: firstByName(model.opportunities), metrics: firstByName(model.metrics), painPlaces };
    return model.experiments.map(experiment => experimentItem(experiment, lookups, anchorOf));
}

/** Each name's first item. */
function firstByName<T extends { readonly name: string }>(items: readonly T[]): Map<string, T> {
    const byName = new Map<string, T>();
    items.filter(item => !byName.has(item.name)).forEach(item => byName.set(item.name, item));
    return byName;
}

/**
 * An experiment under what it tests: the place of the first pain its opportunity solves that has one, else its
 * metric's place, else the journey's start. Status and kind, title, hypothesis, threshold on its metric, what was
 * observed and the result, and the opportunity it is for.
 */
function experimentItem(experiment: ExperimentModel, lookups: ExperimentLookups, anchorOf: AnchorOf): TextItem {
    const opportunity = experiment.opportunity === undefined ? undefined : lookups.opportunities.get(experiment.opportunity);
    const metric = experiment.metric === undefined ? undefined : lookups.metrics.get(experiment.metric);
    const painPlace = opportunity && lookups.painPlaces.get(opportunity.name);
    const threshold = experiment.expected && `Threshold: ${measureWords(experiment.expected)}${metric ? ` of ${metric.title}` : ''}`;
    const observed = experiment.observed && `Observed: ${measureWords(experiment.observed)}`;
    const texts = [
        part([(experiment.status ?? 'no status').toUpperCase(), experiment.kind].filter(Boolean).join(' · '), 'tag', 1),
        part(experiment.title, 'title', 3),
        ...(experiment.hypothesis ? [part(experiment.hypothesis, 'text', 4)] : []),
        ...(threshold ? [part(threshold, 'muted', 3)] : []),
        ...(!threshold && metric ? [part(`Metric: ${metric.title}`, 'muted', 2)] : []),
        ...(observed ? [part(observed, 'muted', 1)] : []),
        ...(experiment.result ? [part(`Result: ${experiment.result}`, 'text', 3)] : []),
        ...(opportunity ? [part(`→ ${opportunity.title}`, 'muted', 2)] : [])
    ];
    return {
        id: diagramIds.note('experiments', experiment.name), range: experiment.range,
        anchor: anchorOf(painPlace ?? metric?.location), tone: experiment.status ?? 'no-status', texts
    };
}
