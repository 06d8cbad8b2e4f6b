import type {
    BoxNode, DiagramGraph, CurveNode, EmotionPoint, FlowEdge, MetricItem, OpportunityItem, PainItem, StageNode
} from '../graph/diagram-graph.js';

/** The diagram with every element placed: what the SVG writer draws, coordinate for coordinate. */
export interface PositionedDiagram {
    readonly graph: DiagramGraph;
    readonly width: number;
    readonly height: number;
    readonly header: { readonly titleLines: readonly Line[]; readonly factLines: readonly Line[] };
    /** Every stage shown, parents before their sub-stages. */
    readonly stages: readonly PlacedStage[];
    readonly boxes: readonly Placed<BoxNode>[];
    readonly edges: readonly PlacedEdge[];
    /** The horizontal bands under the stage titles, named in the gutter. */
    readonly lanes: readonly PlacedLane[];
    readonly emotions?: PlacedEmotionLane;
    readonly pains: readonly PlacedPain[];
    readonly metrics: readonly PlacedMetric[];
}

export interface Point {
    readonly x: number;
    readonly y: number;
}

export interface Rect extends Point {
    readonly width: number;
    readonly height: number;
}

/** One line of text; `y` is its baseline. */
export interface Line extends Point {
    readonly text: string;
}

export type Placed<T> = T & { readonly rect: Rect };

export interface PlacedStage extends Placed<StageNode> {
    /** The stage's title band; `rect` is its whole column, from the band to the bottom of the lanes. */
    readonly band: Rect;
    readonly titleLines: readonly Line[];
}

export interface PlacedEdge extends FlowEdge {
    readonly points: readonly Point[];
    readonly label?: readonly Line[];
}

export interface PlacedLane {
    readonly nameLines: readonly Line[];
    readonly rect: Rect;
}

export interface PlacedEmotionLane {
    readonly rect: Rect;
    /** Score and height of each grid line of the scale. */
    readonly grid: readonly { readonly score: number; readonly y: number }[];
    readonly curves: readonly (Omit<CurveNode, 'points' | 'offPath'> & {
        readonly points: readonly PlacedEmotionPoint[];
        readonly offPath: readonly PlacedEmotionPoint[];
        readonly legend: Rect;
        readonly legendLines: readonly Line[];
    })[];
}

export interface PlacedEmotionPoint extends EmotionPoint, Point {
    readonly wordLine?: Line;
}

export interface PlacedPain extends Placed<PainItem> {
    readonly tagLine: Line;
    readonly titleLines: readonly Line[];
    readonly opportunities: readonly (OpportunityItem & { readonly rect: Rect; readonly lines: readonly Line[]; readonly factLines: readonly Line[] })[];
}

export interface PlacedMetric extends Placed<MetricItem> {
    readonly titleLines: readonly Line[];
    readonly valueLines: readonly Line[];
}
