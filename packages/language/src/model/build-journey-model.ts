import { AstUtils, type AstNode, type Reference } from 'langium';
import {
    isChannel, isJourney, isSegment, type Actor, type Channel, type Document, type Emotion, type Experiment, type Flow, type FlowStep, type Journey, type Located, type Measured, type Metric,
    type MomentOfTruth, type Opportunity, type Pain, type Persona, type Segment, type Stage, type Team, type Touchpoint
} from '../generated/ast.js';
import { journeyIndex, journeyPersonas, journeySegments } from './ast-queries.js';
import { usableCadence } from './dates.js';
import type {
    ChannelRef, EmotionModel, ExperimentModel, FlowModel, FlowStepModel, JourneyModel, LocationRef, MetricModel, MomentModel, NamedRef,
    OpportunityModel, PainModel, PersonaModel, SegmentEmotionModel, SegmentModel, SourceRange, StageModel, TouchpointModel
} from './journey-model.js';
import { assessMetric, metricDirection } from './metric-status.js';
import { isUsableNumber, usableNumber } from './number-limits.js';
import { journeyScale, type EmotionScale } from './scale.js';

/** The journeys a parsed document holds, resolved into their models, in text order. */
export function documentJourneys(document: Document): JourneyModel[] {
    return document.elements.filter(isJourney).map(journeyModel);
}

/** Resolves a journey into its model, in one walk over the journey's index. */
export function journeyModel(journey: Journey): JourneyModel {
    const index = journeyIndex(journey);
    const scale = journeyScale(journey);
    const uri = AstUtils.getDocument(journey).uri.toString();
    const range = (node: AstNode): SourceRange => sourceRange(node, uri);
    const solvers = new Map<Pain, string[]>();
    for (const opportunity of journey.opportunities) {
        for (const pain of opportunity.solves) {
            if (pain?.ref) {
                solvers.set(pain.ref, [...(solvers.get(pain.ref) ?? []), titled(opportunity).name]);
            }
        }
    }
    const stageModel = (stage: Stage, depth: number): StageModel => ({
        ...titled(stage), range: range(stage),
        goal: stage.goal,
        expectations: stage.expectations,
        questions: stage.questions,
        depth,
        stages: stage.stages.map(sub => stageModel(sub, depth + 1)),
        touchpoints: stage.touchpoints.map(touchpoint => titled(touchpoint).name)
    });
    return {
        ...titled(journey), range: range(journey),
        kind: journey.kind,
        goal: journey.goal,
        scope: journey.scope,
        owner: namedRef(journey.owner),
        reviewed: journey.reviewed,
        cadence: cadenceModel(usableCadence(journey.cadence)),
        evidence: journey.evidence,
        scale,
        personas: journeyPersonas(journey).map(persona => declarationModel(persona)),
        segments: journeySegments(journey).map(segment => declarationModel(segment)),
        stages: journey.stages.map(stage => stageModel(stage, 0)),
        touchpoints: index.touchpoints.map(touchpoint => touchpointModel(touchpoint, scale, range)),
        flows: journey.flows.map((flow, i) => flowModel(flow, `flow-${i + 1}`, range)),
        metrics: journey.metrics.map(metric => metricModel(metric, range)),
        pains: journey.pains.map(pain => painModel(pain, solvers.get(pain) ?? [], range)),
        opportunities: journey.opportunities.map(opportunity => opportunityModel(opportunity, range)),
        experiments: journey.experiments.map(experiment => experimentModel(experiment, range))
    };
}

type RangeOf = (node: AstNode) => SourceRange;

function cadenceModel(cadence: Journey['cadence']): JourneyModel['cadence'] {
    return cadence && { count: cadence.count ?? 1, unit: cadence.unit };
}

function touchpointModel(touchpoint: Touchpoint, scale: EmotionScale, range: RangeOf): TouchpointModel {
    const felt = touchpoint.emotions.filter(emotion => isUsableNumber(emotion.score));
    return {
        ...titled(touchpoint), range: range(touchpoint),
        stage: titled(touchpoint.$container).name,
        channels: touchpoint.channels.map(channel => ({ ...namedRef(channel)!, nature: channelNature(channel.ref) })),
        owner: namedRef(touchpoint.owner),
        reach: touchpoint.reach === 'indirect' ? 'indirect' : 'direct',
        lane: touchpoint.lane === 'backstage' ? 'backstage' : 'frontstage',
        does: touchpoint.does,
        thinks: touchpoint.thinks,
        says: touchpoint.says,
        support: touchpoint.support,
        artifacts: touchpoint.artifacts,
        emotions: felt.filter(emotion => !isSegment(emotion.who?.ref)).map(emotion => ({ persona: refName(emotion.who), ...feeling(emotion, scale, range) })),
        segmentEmotions: felt.filter(emotion => isSegment(emotion.who?.ref)).map(emotion => ({ segment: refName(emotion.who), ...feeling(emotion, scale, range) })),
        moment: touchpoint.moment && momentModel(touchpoint.moment, range)
    };
}

/** An emotion without its feeler; a feeling that does not resolve counts as a persona's, as written. */
function feeling(emotion: Emotion, scale: EmotionScale, range: RangeOf): Omit<EmotionModel & SegmentEmotionModel, 'persona' | 'segment'> {
    const level = (emotion.score - scale.min) / (scale.max - scale.min);
    return {
        score: emotion.score,
        word: emotion.word,
        level: Math.min(1, Math.max(0, level)),
        range: range(emotion)
    };
}

function momentModel(moment: MomentOfTruth, range: RangeOf): MomentModel {
    return {
        goal: moment.goal,
        risk: moment.risk,
        improvement: moment.improvement,
        scores: moment.scores.filter(score => isUsableNumber(score.value)).map(score => ({ criterion: score.criterion, value: score.value })),
        range: range(moment)
    };
}

function flowModel(flow: Flow, id: string, range: RangeOf): FlowModel {
    return {
        id,
        ...actorRef(flow.who),
        title: flow.title,
        steps: flow.steps.map(step => flowStepModel(step, range)),
        range: range(flow)
    };
}

function flowStepModel(step: FlowStep, range: RangeOf): FlowStepModel {
    return {
        from: refName(step.from),
        to: step.to && refName(step.to),
        drop: step.drop,
        share: usableNumber(step.share),
        label: step.label,
        range: range(step)
    };
}

function metricModel(metric: Metric, range: RangeOf): MetricModel {
    const { better, inferred } = metricDirection(metric);
    return {
        ...titled(metric), range: range(metric),
        location: locationRef(metric.location),
        channel: isChannel(metric.location?.ref) ? { ...titled(metric.location.ref), nature: channelNature(metric.location.ref) } : undefined,
        unit: metric.unit,
        baseline: usableNumber(metric.baseline),
        current: usableNumber(metric.current),
        target: usableNumber(metric.target),
        better,
        ...(inferred ? { betterInferred: inferred } : {}),
        projected: usableNumber(metric.projected),
        source: metric.source,
        measured: metric.measured,
        status: assessMetric(metric).status
    };
}

function painModel(pain: Pain, opportunities: readonly string[], range: RangeOf): PainModel {
    return {
        ...titled(pain), range: range(pain),
        location: locationRef(pain.location),
        severity: pain.severity as PainModel['severity'],
        affects: pain.affects.map(refName),
        evidence: pain.evidence,
        opportunities
    };
}

function opportunityModel(opportunity: Opportunity, range: RangeOf): OpportunityModel {
    return {
        ...titled(opportunity), range: range(opportunity),
        solves: opportunity.solves.map(refName),
        impact: opportunity.impact,
        effort: opportunity.effort,
        owner: namedRef(opportunity.owner),
        due: opportunity.due,
        status: opportunity.status,
        description: opportunity.description
    };
}

function experimentModel(experiment: Experiment, range: RangeOf): ExperimentModel {
    const expected = usableNumber(experiment.expected);
    const observed = usableNumber(experiment.observed);
    return {
        ...titled(experiment), range: range(experiment),
        opportunity: experiment.opportunity && refName(experiment.opportunity),
        kind: experiment.kind,
        hypothesis: experiment.hypothesis,
        metric: experiment.metric && refName(experiment.metric),
        expected: expected === undefined ? undefined : { value: expected, percent: experiment.percent },
        observed: observed === undefined ? undefined : { value: observed, percent: experiment.observedPercent },
        status: experiment.status,
        result: experiment.result
    };
}

function declarationModel(declaration: Persona | Segment): PersonaModel & SegmentModel {
    return { ...titled(declaration), range: sourceRange(declaration, AstUtils.getDocument(declaration).uri.toString()) };
}

/** Who travels a flow: a segment's name as `segment`, else the name as written as `persona`. */
function actorRef(reference: Reference<Actor> | undefined): Pick<FlowModel, 'persona' | 'segment'> {
    if (!reference) {
        return {};
    }
    return isSegment(reference.ref) ? { segment: refName(reference) } : { persona: refName(reference) };
}

/** A name and title for every element; one the parser could not read its name for (a map with errors) gets ''. */
function titled(node: { name: string; title?: string }): NamedRef {
    const name = node.name ?? '';
    return { name, title: node.title ?? name };
}

/** The name as written: a reference that does not resolve keeps its text, so a map with errors still renders. */
function refName(reference: Reference<AstNode & { name: string }> | undefined): string {
    return reference?.ref?.name ?? reference?.$refText ?? '';
}

function namedRef(reference: Reference<Team | Channel | Persona> | undefined): NamedRef | undefined {
    if (!reference) {
        return undefined;
    }
    const target = reference.ref;
    return target ? titled(target) : { name: reference.$refText, title: reference.$refText };
}

function channelNature(channel: Channel | undefined): ChannelRef['nature'] {
    return channel?.nature === 'digital' || channel?.nature === 'physical' ? channel.nature : undefined;
}

/** The stage or touchpoint a metric or pain is attached to; undefined when it is not, at a channel, or the name does not resolve. */
function locationRef(reference: Reference<Located | Measured> | undefined): LocationRef | undefined {
    const target = reference?.ref;
    return target && !isChannel(target) ? { kind: target.$type === 'Stage' ? 'stage' : 'touchpoint', name: titled(target).name } : undefined;
}

function sourceRange(node: AstNode, uri: string): SourceRange {
    const range = node.$cstNode?.range;
    return {
        uri,
        start: { line: range?.start.line ?? 0, character: range?.start.character ?? 0 },
        end: { line: range?.end.line ?? 0, character: range?.end.character ?? 0 }
    };
}
