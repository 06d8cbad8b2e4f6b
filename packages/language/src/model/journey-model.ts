import type { PainSeverity } from '../generated/ast.js';
import type { EmotionScale } from './scale.js';
import type { MetricStatus } from './metric-status.js';

/**
 * A journey, resolved into plain data: names, titles, numbers and text, and where each element is written.
 * It holds no syntax-tree node, so it can be cached, compared, serialised and sent to a webview. The diagram,
 * the reports and the preview all read this one shape. A number out of bounds (see number-limits.ts) or an
 * invalid cadence is left out, as if not written: emotions and scorecard values without a usable number are dropped.
 */
export interface JourneyModel extends Sourced {
    readonly name: string;
    /** The title, or the name when the journey has none (so for every titled element below). */
    readonly title: string;
    readonly kind?: string;
    readonly goal?: string;
    readonly scope?: string;
    readonly owner?: NamedRef;
    /** The last review date, YYYY-MM-DD. */
    readonly reviewed?: string;
    readonly cadence?: { readonly count: number; readonly unit: string };
    readonly evidence?: string;
    readonly scale: EmotionScale;
    /** The personas the journey lists or mentions, in order of first mention. */
    readonly personas: readonly PersonaModel[];
    /** The segments that feel something or travel a flow in the journey, in order of first mention. */
    readonly segments: readonly SegmentModel[];
    /** The top-level stages in order; each holds its sub-stages. */
    readonly stages: readonly StageModel[];
    /** Every touchpoint, sub-stages' included, in text order. */
    readonly touchpoints: readonly TouchpointModel[];
    readonly flows: readonly FlowModel[];
    readonly metrics: readonly MetricModel[];
    readonly pains: readonly PainModel[];
    readonly opportunities: readonly OpportunityModel[];
    readonly experiments: readonly ExperimentModel[];
}

export interface SourcePosition {
    /** 0-based, as in the Language Server Protocol. */
    readonly line: number;
    readonly character: number;
}

export interface SourceRange {
    readonly uri: string;
    readonly start: SourcePosition;
    readonly end: SourcePosition;
}

export interface Sourced {
    readonly range: SourceRange;
}

/** A referenced declaration: its name as written and its title (the name when it has none or does not resolve). */
export interface NamedRef {
    readonly name: string;
    readonly title: string;
}

export interface PersonaModel extends NamedRef, Sourced {}

export interface SegmentModel extends NamedRef, Sourced {}

export interface StageModel extends NamedRef, Sourced {
    readonly goal?: string;
    readonly expectations: readonly string[];
    readonly questions: readonly string[];
    /** 0 for a top-level stage, 1 for its sub-stages, and so on. */
    readonly depth: number;
    readonly stages: readonly StageModel[];
    /** The names of the stage's own touchpoints (not its sub-stages'), in order. */
    readonly touchpoints: readonly string[];
}

export interface TouchpointModel extends NamedRef, Sourced {
    /** The innermost stage holding the touchpoint. */
    readonly stage: string;
    /** The channels it is reached through, as written (`channel web, app`); empty when it names none. */
    readonly channels: readonly ChannelRef[];
    readonly owner?: NamedRef;
    readonly reach: 'direct' | 'indirect';
    readonly lane: 'frontstage' | 'backstage';
    readonly does: readonly string[];
    readonly thinks: readonly string[];
    /** What the customer says here, in their words. */
    readonly says: readonly string[];
    /** The support processes and systems behind the touchpoint. */
    readonly support: readonly string[];
    /** Physical evidence: what the customer sees, receives or holds here. */
    readonly artifacts: readonly string[];
    /** How personas feel there. */
    readonly emotions: readonly EmotionModel[];
    /** How segments feel there (`feels FirstTime -1`), in text order. */
    readonly segmentEmotions: readonly SegmentEmotionModel[];
    readonly moment?: MomentModel;
}

export interface ChannelRef extends NamedRef {
    readonly nature?: 'digital' | 'physical';
}

export interface EmotionModel extends Sourced {
    readonly persona: string;
    readonly score: number;
    readonly word?: string;
    /** Where the score lies on the journey's scale: 0 at its minimum, 1 at its maximum, clamped. */
    readonly level: number;
}

/** How a segment of customers feels at a touchpoint: an emotion whose feeler is a segment, not a persona. */
export interface SegmentEmotionModel extends Omit<EmotionModel, 'persona'> {
    readonly segment: string;
}

export interface MomentModel extends Sourced {
    readonly goal?: string;
    readonly risk?: string;
    readonly improvement?: string;
    /** Criterion and value, 1..5 (`scorecardRange`). */
    readonly scores: readonly { readonly criterion: string; readonly value: number }[];
}

export interface FlowModel extends Sourced {
    /** `flow-1`, `flow-2`, ... in text order. */
    readonly id: string;
    /** Who travels it: a persona, or a segment (never both). */
    readonly persona?: string;
    readonly segment?: string;
    readonly title?: string;
    readonly steps: readonly FlowStepModel[];
}

export interface FlowStepModel extends Sourced {
    readonly from: string;
    /** The next touchpoint; absent when the step is a drop-off. */
    readonly to?: string;
    readonly drop: boolean;
    /** Share of people taking the step, in %. */
    readonly share?: number;
    readonly label?: string;
}

export interface LocationRef {
    readonly kind: 'stage' | 'touchpoint';
    readonly name: string;
}

export interface MetricModel extends NamedRef, Sourced {
    /** The stage or touchpoint it is measured at. */
    readonly location?: LocationRef;
    /** The channel it is measured on, when it is `at` a channel instead (channel health). */
    readonly channel?: ChannelRef;
    readonly unit?: string;
    readonly baseline?: number;
    readonly current?: number;
    readonly target?: number;
    /** Which direction is better: as written, else inferred (then `betterInferred` says from what). */
    readonly better?: 'higher' | 'lower';
    readonly betterInferred?: 'baseline' | 'current';
    /** The value a future-state map expects the metric to reach. */
    readonly projected?: number;
    readonly source?: string;
    readonly measured?: string;
    /** The current value against the target (`assessMetric`); without a current value, `no-data`. */
    readonly status: MetricStatus;
}

export interface PainModel extends NamedRef, Sourced {
    readonly location?: LocationRef;
    readonly severity?: PainSeverity;
    readonly affects: readonly string[];
    readonly evidence: readonly string[];
    /** The opportunities that solve it, in text order. */
    readonly opportunities: readonly string[];
}

export interface OpportunityModel extends NamedRef, Sourced {
    readonly solves: readonly string[];
    readonly impact?: string;
    readonly effort?: string;
    readonly owner?: NamedRef;
    readonly due?: string;
    readonly status?: string;
    readonly description?: string;
}

export interface ExperimentModel extends NamedRef, Sourced {
    readonly opportunity?: string;
    readonly kind?: string;
    readonly hypothesis?: string;
    readonly metric?: string;
    readonly expected?: { readonly value: number; readonly percent: boolean };
    /** The result measured: a relative change with `%`, else the level reached. */
    readonly observed?: { readonly value: number; readonly percent: boolean };
    readonly status?: string;
    readonly result?: string;
}
