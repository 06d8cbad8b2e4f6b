import { allStages, scaleMarks, signedScore } from '@journey-maps/language/model';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramGraph, EmotionPoint } from '../graph/diagram-graph.js';
import { lineHeight, textWidth, wrapText } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import { dimensions as d } from './dimensions.js';
import { downGrid, placeLaneItems, rowHeights, titleStyle } from './down-rows.js';
import { elkRoutes } from './elk-routes.js';
import { largest } from './extremes.js';
import { WordStack } from './emotion-words.js';
import { headerLines } from './header-lines.js';
import { placedItemsOf, placedLaneLists } from './lane-items.js';
import { placeFlowLabels } from './place-flow-labels.js';
import type {
    Line, PlacedEdge, PlacedEmotionLane, PlacedEmotionPoint, PlacedLane, PlacedStage, Point, PositionedDiagram, Rect
} from './positioned-diagram.js';
import { stageSpans, type Span } from './stage-columns.js';
import { blockHeight, textLines } from './text-lines.js';

/** A persona's legend wraps to at most this many lines; the rest is cut with an ellipsis. */
const maxLegendLines = 3;
/** Room each side of the emotion scale, for the points and their words. */
const scalePad = 26;

/**
 * Direction `down`: stages one under another, named in the gutter; lanes as columns with their names in a
 * header row; each box is a row (ELK laid the boxes out top to bottom, each as tall as its row), and every lane
 * shows what belongs to a box in that box's row. The width does not grow with the number of touchpoints.
 */
export function placeDown(graph: DiagramGraph, layout: ElkNode): PositionedDiagram {
    const grid = downGrid(graph);
    const slotHeights = rowHeights(graph, grid);
    const gutter = grid.stageColumns.reduce((sum, w) => sum + w, 0);
    const flowColumn: Span = { left: d.margin + gutter, right: d.margin + gutter + (layout.width ?? d.cardWidth) + 2 * d.flowLabelRoom };
    let x = flowColumn.right;
    // The grid counted on one card's width for the flows; where ELK needed more (branches side by side), the
    // emotion column gives the room back, down to its narrowest, to keep within the width bound.
    const flowOverflow = Math.max(0, (layout.width ?? d.cardWidth) - d.cardWidth);
    const emotionWidth = Math.max(d.emotionColumnMinWidth, d.emotionColumnWidth - flowOverflow);
    const emotionColumn: Span | undefined = graph.curves.length > 0 ? { left: x, right: (x += emotionWidth) } : undefined;
    const laneColumns: Span[] = grid.lanes.map(() => ({ left: x, right: (x += grid.laneWidth) }));
    const width = Math.ceil(x + d.margin);
    const { titleLines, factLines, bottom: headTop } = headerLines(graph, width);

    // The header row: each lane's name; the emotion lane's also its legend and the scale's scores.
    const nameLines = (name: string, column: Span) => textLines(wrapText(name, typography.laneName, column.right - column.left - 16), typography.laneName, column.left + 8, headTop + 8);
    const columns: { name: string; column: Span }[] = [
        { name: 'Touchpoints and flows', column: flowColumn },
        ...(emotionColumn ? [{ name: 'Emotions', column: emotionColumn }] : []),
        ...grid.lanes.map((lane, i) => ({ name: lane.name, column: laneColumns[i] }))
    ];
    const names = columns.map(({ name, column }) => nameLines(name, column));
    const legends = emotionColumn ? emotionLegends(graph, emotionColumn, bottomOfLines(names[1], headTop) + 6) : [];
    const legendBottom = largest(legends.map(({ legend }) => legend.y + legend.height), 0);
    const scaleLabelTop = Math.max(legendBottom + 6, headTop);
    const headerHeight = Math.max(...names.map(lines => bottomOfLines(lines, headTop) + 8), emotionColumn ? scaleLabelTop + lineHeight(typography.label) + 4 : 0) - headTop;
    const rowsTop = headTop + headerHeight + d.laneGap;

    // The boxes: each in its row's slot, its card at the slot's top.
    const elkBoxes = new Map((layout.children ?? []).map(child => [child.id, child]));
    const origin: Point = { x: flowColumn.left + d.flowLabelRoom, y: rowsTop };
    const slots = new Map(graph.boxes.map(box => {
        const elk = elkBoxes.get(box.id)!;
        return [box.id, { x: origin.x + elk.x!, y: origin.y + elk.y!, width: elk.width!, height: slotHeights.get(box.id) ?? box.height }];
    }));
    const boxes = graph.boxes.map(box => ({ ...box, rect: { ...slots.get(box.id)!, height: box.height } }));
    const cards = new Map(boxes.map(box => [box.id, box.rect]));
    const routes = elkRoutes(graph, layout, origin);
    for (const edge of graph.edges) {
        attachToCard(routes.get(edge.id)!, slots.get(edge.source)!, cards.get(edge.source)!, 'start');
        attachToCard(routes.get(edge.id)!, slots.get(edge.target)!, cards.get(edge.target)!, 'end');
    }
    const labels = placeFlowLabels(graph.edges.map(edge => ({ ...edge, points: routes.get(edge.id)! })), boxes.map(box => box.rect),
        { left: flowColumn.left + 4, right: flowColumn.right - 4 });
    const edges: PlacedEdge[] = graph.edges.map(edge => ({ ...edge, points: routes.get(edge.id)!, label: labels.get(edge.id) }));

    // The other lanes, row by row.
    const rowTop = (row: string) => slots.get(row)?.y ?? rowsTop;
    const placedLanes = grid.lanes.flatMap((lane, i) => placedItemsOf(lane, placeLaneItems(lane, grid, laneColumns[i].left, rowTop)));
    const itemsBottom = largest(placedLanes.flatMap(lane => lane.items.map(item => item.rect.y + item.rect.height)), 0);
    const bottom = largest([
        ...[...slots.values()].map(slot => slot.y + slot.height),
        ...[...labels.values()].map(label => label.rect.y + label.rect.height)
    ], Math.max(rowsTop + (layout.height ?? 0), itemsBottom)) + d.laneGap / 2;
    const emotions = emotionColumn && placeEmotions(graph, cards, legends, { x: emotionColumn.left, y: rowsTop - d.laneGap / 2, width: emotionColumn.right - emotionColumn.left, height: bottom - rowsTop + d.laneGap / 2 }, scaleLabelTop);

    const lanes: PlacedLane[] = columns.map(({ column }, i) => ({
        rect: { x: column.left, y: headTop, width: column.right - column.left, height: bottom - headTop },
        nameBand: { x: column.left + 4, y: headTop, width: column.right - column.left - 8, height: headerHeight },
        separator: i === 0 ? undefined : [{ x: column.left, y: headTop }, { x: column.left, y: bottom }],
        nameLines: names[i]
    }));

    // The stages: rows of the whole width, named in the gutter, a column per depth.
    const rowRects = new Map([...slots].map(([id, slot]) => [id, { x: slot.y, y: 0, width: slot.height, height: 0 }]));
    const spans = stageSpans(graph.stages, rowRects, { left: rowsTop - d.laneGap / 2, right: bottom });
    const depthLeft = (depth: number) => d.margin + grid.stageColumns.slice(0, depth).reduce((sum, w) => sum + w, 0);
    const stages: PlacedStage[] = allStages(graph.stages).map(stage => {
        const span = spans.get(stage.id)!;
        const band = { x: depthLeft(stage.depth) + 2, y: span.left + 2, width: grid.stageColumns[stage.depth] - 4, height: span.right - span.left - 4 };
        return {
            ...stage,
            rect: { x: d.margin, y: span.left, width: width - 2 * d.margin, height: span.right - span.left },
            band,
            titleLines: textLines(grid.stageTitles.get(stage.id)!, titleStyle(stage), band.x + d.stagePadding + 2, band.y + d.stagePadding),
            border: stage.depth === 0 ? undefined : [{ x: band.x, y: span.left }, { x: width - d.margin, y: span.left }]
        };
    });
    return {
        graph, width, height: Math.ceil(bottom + d.margin), header: { titleLines, factLines }, stages, boxes, edges, lanes, emotions,
        ...placedLaneLists(graph, placedLanes)
    };
}

function bottomOfLines(lines: readonly Line[], top: number): number {
    return top + 8 + blockHeight(lines.length, typography.laneName);
}

/**
 * ELK attached the edges to the box's whole row; an end below the card moves up to it: along the route's
 * first (or last) segment when it leaves the row's bottom, else (a side) level with the card's middle.
 */
function attachToCard(points: Point[], slot: Rect, card: Rect, end: 'start' | 'end'): void {
    if (points.length < 2) {
        return;
    }
    const [i, j] = end === 'start' ? [0, 1] : [points.length - 1, points.length - 2];
    const point = points[i];
    const cardBottom = card.y + card.height;
    if (point.y <= cardBottom + 0.5) {
        return;
    }
    if (Math.abs(point.y - (slot.y + slot.height)) < 0.5 && points[j].x === point.x) {
        points[i] = { x: point.x, y: cardBottom };
    } else if (points[j].y === point.y) {
        const y = card.y + card.height / 2;
        points[i] = { x: point.x, y };
        points[j] = { x: points[j].x, y };
    }
}

function emotionLegends(graph: DiagramGraph, column: Span, top: number) {
    const legendWidth = column.right - column.left - 16 - 20;
    let y = top;
    return graph.curves.map(curve => {
        const lines = wrapText(curve.title, typography.detail, legendWidth, maxLegendLines);
        const legend = { x: column.left + 8, y, width: legendWidth + 20, height: blockHeight(lines.length, typography.detail) };
        y += legend.height + 6;
        return { curve, legend, legendLines: textLines(lines, typography.detail, legend.x + 20, legend.y) };
    });
}

function placeEmotions(
    graph: DiagramGraph, cards: ReadonlyMap<string, Rect>, legends: ReturnType<typeof emotionLegends>, rect: Rect, scaleLabelTop: number
): PlacedEmotionLane {
    const { min, max } = graph.scale;
    const xOf = (level: number) => rect.x + scalePad + level * (rect.width - 2 * scalePad);
    const words = new WordStack();
    const wordHeight = lineHeight(typography.label);
    const scoreBaseline = textLines(['0'], typography.label, 0, scaleLabelTop)[0].y;
    const placePoints = (points: readonly EmotionPoint[]): PlacedEmotionPoint[] => points.filter(point => cards.has(point.box)).map(point => {
        const card = cards.get(point.box)!;
        const x = xOf(point.level);
        const y = card.y + card.height / 2;
        // Low scores write their word to the right of the point, high ones to the left: each has half the lane at least.
        const right = point.level < 0.5;
        const room = right ? rect.x + rect.width - (x + 8) - 4 : x - 8 - rect.x - 4;
        const word = point.word === undefined ? undefined : wrapText(point.word, typography.label, room, 1)[0];
        const wordLine = word === undefined ? undefined
            : words.place(word, right ? x + 8 : x - 8, y - wordHeight / 2, 1, right ? 'start' : 'end');
        return { ...point, x, y, wordLine };
    });
    return {
        rect,
        axis: 'x',
        grid: scaleMarks(graph.scale).map(score => {
            const x = xOf((score - min) / (max - min));
            const label = { x: x - textWidth(signedScore(score), typography.label) / 2, y: scoreBaseline };
            return { score, line: [{ x, y: rect.y }, { x, y: rect.y + rect.height }], label };
        }),
        curves: legends.map(({ curve, legend, legendLines }) => ({
            ...curve, legend, legendLines,
            points: placePoints(curve.points),
            offPath: placePoints(curve.offPath)
        }))
    };
}
