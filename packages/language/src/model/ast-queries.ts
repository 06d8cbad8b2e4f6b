import { AstUtils, type AstNode } from 'langium';
import {
    isPersona, isSegment, isJourney, type Experiment, type Journey, type Metric, type Opportunity, type Pain, type Persona, type Segment, type Stage, type Touchpoint
} from '../generated/ast.js';

/** The named things that live inside a journey and share its one namespace. */
export type JourneyMember = Stage | Touchpoint | Metric | Pain | Opportunity | Experiment;

/** What a journey holds, gathered in one walk and kept as long as the journey's syntax tree lives. */
export interface JourneyIndex {
    /** Every stage, sub-stage, touchpoint, metric, pain, opportunity and experiment, in text order. */
    readonly members: readonly JourneyMember[];
    /** Every stage and sub-stage, parents before their children. */
    readonly stages: readonly Stage[];
    /** Every touchpoint, in text order. */
    readonly touchpoints: readonly Touchpoint[];
    /** The touchpoints of a stage, its sub-stages' included, in text order. */
    touchpointsOf(stage: Stage): readonly Touchpoint[];
}

const indexes = new WeakMap<Journey, JourneyIndex>();

export function journeyIndex(journey: Journey): JourneyIndex {
    let index = indexes.get(journey);
    if (!index) {
        index = buildIndex(journey);
        indexes.set(journey, index);
    }
    return index;
}

function buildIndex(journey: Journey): JourneyIndex {
    const stages: Stage[] = [];
    const byStage = new Map<Stage, Touchpoint[]>();
    const collect = (stage: Stage): Touchpoint[] => {
        stages.push(stage);
        const touchpoints = [...stage.touchpoints];
        for (const sub of stage.stages) {
            // One at a time: a spread of a sub-stage of 150,000 touchpoints throws.
            for (const touchpoint of collect(sub)) {
                touchpoints.push(touchpoint);
            }
        }
        touchpoints.sort(byOffset);
        byStage.set(stage, touchpoints);
        return touchpoints;
    };
    const touchpoints = journey.stages.flatMap(collect);
    const members: JourneyMember[] = [
        ...stages, ...touchpoints, ...journey.metrics, ...journey.pains, ...journey.opportunities, ...journey.experiments
    ].sort(byOffset);
    return {
        members,
        stages,
        touchpoints,
        touchpointsOf: stage => byStage.get(stage) ?? []
    };
}

function byOffset(a: AstNode, b: AstNode): number {
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}

export function journeyOf(node: AstNode): Journey | undefined {
    return AstUtils.getContainerOfType(node, isJourney);
}

/**
 * The personas a journey covers: those it lists, and those it mentions in emotions, flows and pain points,
 * in order of first mention, each once.
 */
export function journeyPersonas(journey: Journey): Persona[] {
    const personas = new Set<Persona>();
    const add = (persona: AstNode | undefined) => { if (isPersona(persona)) personas.add(persona); };
    journey.personas.forEach(ref => add(ref?.ref));
    for (const touchpoint of journeyIndex(journey).touchpoints) {
        touchpoint.emotions.forEach(emotion => add(emotion.who?.ref));
    }
    journey.flows.forEach(flow => add(flow.who?.ref));
    journey.pains.forEach(pain => pain.affects.forEach(ref => add(ref?.ref)));
    return [...personas];
}

/** The segments a journey's emotions and flows name, in order of first mention, each once. */
export function journeySegments(journey: Journey): Segment[] {
    const segments = new Set<Segment>();
    const add = (segment: AstNode | undefined) => { if (isSegment(segment)) segments.add(segment); };
    for (const touchpoint of journeyIndex(journey).touchpoints) {
        touchpoint.emotions.forEach(emotion => add(emotion.who?.ref));
    }
    journey.flows.forEach(flow => add(flow.who?.ref));
    return [...segments];
}
