import { AstUtils, type AstNode, type Stream } from 'langium';
import {
    isExperiment, isMetric, isOpportunity, isPain, isStage, isTouchpoint,
    type Experiment, type Journey, type Metric, type Opportunity, type Pain, type Persona, type Stage, type Touchpoint
} from '../generated/ast.js';

/** The named things that live inside a journey and share its one namespace. */
export type JourneyMember = Stage | Touchpoint | Metric | Pain | Opportunity | Experiment;

export function isJourneyMember(node: AstNode): node is JourneyMember {
    return isStage(node) || isTouchpoint(node) || isMetric(node) || isPain(node) || isOpportunity(node) || isExperiment(node);
}

/** Every stage, sub-stage, touchpoint, metric, pain, opportunity and experiment of a journey, in text order. */
export function journeyMembers(journey: Journey): Stream<JourneyMember> {
    return AstUtils.streamAllContents(journey).filter(isJourneyMember);
}

/** All touchpoints of a stage, including those of its sub-stages, in text order. */
export function stageTouchpoints(stage: Stage): Stream<Touchpoint> {
    return AstUtils.streamAllContents(stage).filter(isTouchpoint);
}

export function journeyTouchpoints(journey: Journey): Stream<Touchpoint> {
    return AstUtils.streamAllContents(journey).filter(isTouchpoint);
}

export function journeyOf(node: AstNode): Journey | undefined {
    return AstUtils.getContainerOfType(node, (n): n is Journey => n.$type === 'Journey');
}

/**
 * The personas a journey covers: those it lists, and those it mentions in emotions, flows and pain points,
 * in order of first mention, each once.
 */
export function journeyPersonas(journey: Journey): Persona[] {
    const personas = new Set<Persona>();
    const add = (persona: Persona | undefined) => { if (persona) personas.add(persona); };
    journey.personas.forEach(ref => add(ref.ref));
    for (const touchpoint of journeyTouchpoints(journey)) {
        touchpoint.emotions.forEach(emotion => add(emotion.persona.ref));
    }
    journey.flows.forEach(flow => add(flow.persona?.ref));
    journey.pains.forEach(pain => pain.affects.forEach(ref => add(ref.ref)));
    return [...personas];
}
