import { allStages } from '@journey-maps/language/model';
import type { DiagramGraph, FlowEdge, StageNode } from '../graph/diagram-graph.js';
import { wrapText } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import { dimensions as d } from './dimensions.js';
import { largest } from './extremes.js';
import type { Lane } from '../options.js';
import { itemLanes, mergeLanes, type ItemLane } from './lane-items.js';
import type { Rect } from './positioned-diagram.js';
import { blockHeight } from './text-lines.js';

/**
 * The grid of direction `down` before ELK: stages one under another, named in a gutter column per depth on the
 * left; each box is a row, as tall as the tallest of its card (with its flow labels under it), its stage's title
 * and each lane's cell; the lanes are columns. Lanes of items are handled alike: each is a list of items
 * anchored to a box, a stage or the journey, drawn in the row of the box, of the stage's first box, or of the
 * journey's first box.
 */
export interface DownGrid {
    /** The width of the stage gutter's column at each depth. */
    readonly stageColumns: readonly number[];
    /** Each lane of items shown, in order, with its column's width. */
    readonly lanes: readonly ItemLane[];
    readonly laneWidth: number;
    /** The row (a box id) of an item's anchor. */
    readonly rowOf: (anchor: string | undefined) => string;
    /** The title lines of each stage, wrapped to its gutter column. */
    readonly stageTitles: ReadonlyMap<string, readonly string[]>;
}

/**
 * The lanes that share a column in `down`, so that a map with every lane stays within the width bound: what the
 * customer does, thinks, says and holds; the pains with the experiments on them; the service blueprint's layers.
 */
const downColumns: readonly (readonly Lane[])[] = [['goals'], ['does', 'thinks', 'says', 'evidence'], ['pains', 'experiments'], ['metrics'], ['backstage', 'support']];

/** The stage gutter's column widths by depth in `down` (deeper sub-stages share the last). */
const stageColumnWidths = [d.gutter, 120] as const;

export function downGrid(graph: DiagramGraph): DownGrid {
    const stages = allStages(graph.stages);
    const depths = largest(stages.map(stage => stage.depth), 0) + 1;
    const stageColumns = Array.from({ length: depths }, (_, depth) => stageColumnWidths[Math.min(depth, stageColumnWidths.length - 1)]);
    const shown = itemLanes(graph).filter(lane => lane.items.length > 0);
    const lanes = downColumns.map(keys => shown.filter(lane => keys.includes(lane.key))).filter(column => column.length > 0).map(mergeLanes);
    const fixed = 2 * d.margin + stageColumns.reduce((sum, w) => sum + w, 0) + d.cardWidth + 2 * d.flowLabelRoom + (graph.curves.length > 0 ? d.emotionColumnWidth : 0);
    const laneWidth = lanes.length === 0 ? 0
        : Math.min(d.laneColumnMax, Math.max(d.laneColumnMin, Math.floor((d.maxDownWidth - fixed) / lanes.length)));
    const firstBox = [...graph.boxes].sort((a, b) => a.order - b.order)[0]?.id ?? '';
    const stageFirst = new Map(stages.map(stage => [stage.id, stage.boxes[0]]));
    const boxIds = new Set(graph.boxes.map(box => box.id));
    const rowOf = (anchor: string | undefined) => anchor === undefined ? firstBox : boxIds.has(anchor) ? anchor : stageFirst.get(anchor) ?? firstBox;
    const stageTitles = new Map(stages.map(stage => [stage.id, wrapText(stage.title, titleStyle(stage), stageTitleWidth(stageColumns, stage), 3)]));
    return { stageColumns, lanes, laneWidth, rowOf, stageTitles };
}

export function titleStyle(stage: StageNode) {
    return stage.depth === 0 ? typography.stage : typography.subStage;
}

function stageTitleWidth(columns: readonly number[], stage: StageNode): number {
    return columns[stage.depth] - 2 * d.stagePadding - 8;
}

/** The height of a stage's band in the gutter: its title and padding. */
export function stageBandHeight(grid: DownGrid, stage: StageNode): number {
    return blockHeight(grid.stageTitles.get(stage.id)!.length, titleStyle(stage)) + 2 * d.stagePadding + 4;
}

/** Each lane's items placed from `top` down in a column at `x`, grouped by row; `rowTop` gives each row's top. */
export function placeLaneItems<T extends { readonly anchor?: string }, P extends { readonly rect: Rect }>(
    lane: ItemLane<T, P>, grid: DownGrid, x: number, rowTop: (row: string) => number
): P[] {
    const next = new Map<string, number>();
    return lane.items.map(item => {
        const row = grid.rowOf(item.anchor);
        const top = next.get(row) ?? rowTop(row) + d.laneItemGap / 2;
        const placed = lane.place(item, { x: x + d.laneItemGap, y: top, width: grid.laneWidth - 2 * d.laneItemGap, height: 0 });
        next.set(row, placed.rect.y + placed.rect.height + d.laneItemGap);
        return placed;
    });
}

/** How tall each box's row is in `down`: what ELK is given as the box's height. */
export function rowHeights(graph: DiagramGraph, grid = downGrid(graph)): Map<string, number> {
    // Each box's labelled edges out, gathered in one pass over the edges.
    const labelled = new Map<string, FlowEdge[]>();
    for (const edge of graph.edges.filter(edge => edge.labelLines.length > 0)) {
        const list = labelled.get(edge.source);
        if (list) {
            list.push(edge);
        } else {
            labelled.set(edge.source, [edge]);
        }
    }
    const heights = new Map(graph.boxes.map(box => {
        const labels = labelled.get(box.id) ?? [];
        const labelRoom = labels.reduce((sum, edge) => sum + edge.labelHeight + 8, labels.length > 0 ? 6 : 0);
        return [box.id, box.height + labelRoom];
    }));
    const grow = (row: string, height: number) => heights.set(row, Math.max(heights.get(row) ?? 0, height));
    for (const stage of allStages(graph.stages)) {
        grow(stage.boxes[0], stageBandHeight(grid, stage));
    }
    for (const lane of grid.lanes) {
        // Every row from 0: each item's bottom is then the height its row needs so far.
        placeLaneItems(lane, grid, 0, () => 0).forEach((placed, i) => grow(grid.rowOf(lane.items[i].anchor), placed.rect.y + placed.rect.height + d.laneItemGap / 2));
    }
    return heights;
}
