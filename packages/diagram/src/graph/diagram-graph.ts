import type { EmotionScale, MetricModel, PainModel, SourceRange } from '@journey-maps/language/model';
import type { Direction, Lane } from '../options.js';

type PainSeverity = NonNullable<PainModel['severity']>;

/**
 * What the diagram shows, before layout: every element with a stable id derived from names and the source
 * range of what it shows, and every box with its measured size. Layout adds positions; the SVG draws them.
 */
export interface DiagramGraph {
    readonly uri: string;
    readonly header: HeaderNode;
    /** The stages shown, in order; in compact mode without sub-stages. */
    readonly stages: readonly StageNode[];
    /** Every box ELK lays out, in the order of the journey's time axis. */
    readonly boxes: readonly BoxNode[];
    readonly edges: readonly FlowEdge[];
    readonly scale: EmotionScale;
    /** One per persona with emotions; empty when the emotion lane is hidden. */
    readonly curves: readonly CurveNode[];
    readonly pains: readonly PainItem[];
    readonly metrics: readonly MetricItem[];
    /**
     * The lanes of short texts, each item under the card or stage it belongs to (the stages' goals, what the
     * customer does, thinks and says, experiments, the service blueprint's layers), in `lanes` order; only
     * lanes shown and with something in them.
     */
    readonly textLanes: readonly TextLane[];
    /** Sub-stages folded into their stage, and (direction right) alternatives stacked in one column. */
    readonly compact: boolean;
    readonly direction: Direction;
}

export interface DiagramElement {
    readonly id: string;
    readonly range: SourceRange;
}

export interface HeaderNode extends DiagramElement {
    readonly title: string;
    /** Kind, personas, review date and evidence, in words. */
    readonly facts: readonly string[];
}

export interface StageNode extends DiagramElement {
    readonly title: string;
    readonly depth: number;
    readonly stages: readonly StageNode[];
    /** The ids of the boxes in the stage, its sub-stages' included. */
    readonly boxes: readonly string[];
}

export type BoxNode = CardNode | DropNode | SlotNode;

interface Box extends DiagramElement {
    readonly width: number;
    readonly height: number;
    /** Boxes are laid out along the time axis in this order (ELK partitions). */
    readonly order: number;
}

/** A touchpoint card. */
export interface CardNode extends Box {
    readonly kind: 'card';
    readonly titleLines: readonly string[];
    readonly detailLines: readonly string[];
    readonly moment: boolean;
    readonly indirect: boolean;
    readonly backstage: boolean;
}

/** Where people leave the journey: the end of a drop-off stub. */
export interface DropNode extends Box {
    readonly kind: 'drop';
    readonly text: string;
}

/** Keeps room for a stage without touchpoints. */
export interface SlotNode extends Box {
    readonly kind: 'slot';
}

export interface FlowEdge extends DiagramElement {
    readonly source: string;
    readonly target: string;
    readonly flow: string;
    /** Index into the journey's personas, for the colour; undefined for flows of everybody. */
    readonly persona?: number;
    readonly labelLines: readonly string[];
    readonly labelWidth: number;
    readonly labelHeight: number;
    readonly backtrack: boolean;
    readonly drop: boolean;
}

export interface CurveNode extends DiagramElement {
    readonly persona: string;
    readonly title: string;
    /** Index into the journey's personas, for the colour. */
    readonly colour: number;
    /** The points the curve joins: along the persona's flow when it has one (as the report's curve), else in text order. */
    readonly points: readonly EmotionPoint[];
    /** Feelings at touchpoints off the persona's flow: drawn as points, not joined to the curve. */
    readonly offPath: readonly EmotionPoint[];
}

export interface EmotionPoint extends DiagramElement {
    readonly box: string;
    /** 0 at the bottom of the scale, 1 at the top. */
    readonly level: number;
    readonly score: number;
    readonly word?: string;
}

export type PainItemSeverity = PainSeverity | 'unknown';

export interface PainItem extends DiagramElement {
    /** The box or stage it belongs under; undefined for the whole journey. */
    readonly anchor?: string;
    readonly title: string;
    readonly severity: PainItemSeverity;
    /** The names of the personas affected. */
    readonly affects: readonly string[];
    readonly opportunities: readonly OpportunityItem[];
}

export interface OpportunityItem extends DiagramElement {
    readonly title: string;
    /** Impact, effort and status, in words. */
    readonly facts: string;
}

export interface MetricItem extends DiagramElement {
    readonly anchor?: string;
    readonly title: string;
    /** The value against the target, in words: `70% · target 60%, lower is better`. */
    readonly value: string;
    readonly status: MetricModel['status'];
}

export interface TextLane {
    readonly lane: Lane;
    /** Its name in the gutter. */
    readonly name: string;
    /** A line drawn along the lane's top edge and named on it: the service blueprint's line of visibility. */
    readonly line?: string;
    readonly items: readonly TextItem[];
}

/** One item of a text lane: a box of texts under its card or stage (the journey's start when it has no anchor). */
export interface TextItem extends DiagramElement {
    readonly anchor?: string;
    /** A modifier of the item's look, e.g. an experiment's status: `jm-note-<tone>`. */
    readonly tone?: string;
    readonly texts: readonly TextPart[];
}

export interface TextPart {
    readonly text: string;
    readonly style: 'tag' | 'title' | 'text' | 'quote' | 'muted';
    /** Wrapped to at most this many lines; the rest is cut with an ellipsis. */
    readonly maxLines: number;
}

export const diagramIds = {
    journey: (name: string) => `journey:${name}`,
    stage: (name: string) => `stage:${name}`,
    touchpoint: (name: string) => `touchpoint:${name}`,
    slot: (stage: string) => `slot:${stage}`,
    /** A flow's steps between the same two touchpoints (or to a drop-off from the same one) are one edge. */
    drop: (flow: string, from: string) => `drop:${flow}/${from}`,
    edge: (flow: string, from: string, to: string) => `edge:${flow}/${from}->${to}`,
    curve: (persona: string) => `curve:${persona}`,
    emotion: (persona: string, touchpoint: string) => `emotion:${persona}@${touchpoint}`,
    pain: (name: string) => `pain:${name}`,
    opportunity: (pain: string, name: string) => `pain:${pain}/opportunity:${name}`,
    metric: (name: string) => `metric:${name}`,
    /** An item of a text lane: the lane and what it shows of (a touchpoint, a stage, an experiment). */
    note: (lane: Lane, name: string) => `${lane}:${name}`
};
