import type { PlacedFlowLabel } from './place-flow-labels.js';
import type {
    BoxNode, DiagramGraph, CurveNode, EmotionPoint, FlowEdge, MetricItem, OpportunityItem, PainItem, StageNode, TextItem, TextLane, TextPart
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
    /** The text lanes shown, top to bottom. */
    readonly textLanes: readonly PlacedTextLane[];
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
    /** The stage's title band; `rect` is its whole column (`right`) or row (`down`), band included. */
    readonly band: Rect;
    readonly titleLines: readonly Line[];
    /** A sub-stage's border with the stage part before it. */
    readonly border?: readonly [Point, Point];
}

export interface PlacedEdge extends FlowEdge {
    readonly points: readonly Point[];
    readonly label?: PlacedFlowLabel;
}

export interface PlacedLane {
    readonly nameLines: readonly Line[];
    /** The whole lane: a row in `right`, a column in `down`. */
    readonly rect: Rect;
    /** Where its name is written: in the gutter (`right`) or the header row (`down`). */
    readonly nameBand: Rect;
    /** The line that parts it from the lane before, if any. */
    readonly separator?: readonly [Point, Point];
    /** A named line along the lane's top edge (the service blueprint's lines, direction right), with the box of its name. */
    readonly line?: { readonly label: Rect; readonly nameLine: Line };
}

export interface PlacedEmotionLane {
    readonly rect: Rect;
    /** Which way the scale runs: up (`y`, stages left to right) or to the right (`x`, stages top to bottom). */
    readonly axis: 'x' | 'y';
    /** Each grid line of the scale, and where its score is written. */
    readonly grid: readonly { readonly score: number; readonly line: readonly [Point, Point]; readonly label: Point }[];
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

export interface PlacedTextLane extends Omit<TextLane, 'items'> {
    readonly items: readonly PlacedTextItem[];
}

export interface PlacedTextItem extends Placed<TextItem> {
    /** Every line of the item's texts, top to bottom, with the style of the text it belongs to. */
    readonly lines: readonly (Line & { readonly style: TextPart['style'] })[];
}
