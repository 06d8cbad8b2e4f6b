import { allStages, scaleMarks } from '@journey-maps/language/model';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramGraph, EmotionPoint, StageNode } from '../graph/diagram-graph.js';
import { showsBlueprint } from '../graph/text-lanes.js';
import { lineHeight, textWidth, wrapText } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import { lanes as laneOrder } from '../options.js';
import { dimensions as d } from './dimensions.js';
import { elkRoutes } from './elk-routes.js';
import { largest } from './extremes.js';
import { WordStack } from './emotion-words.js';
import { headerLines } from './header-lines.js';
import { bottomOf, itemLanes, placedLaneLists } from './lane-items.js';
import { placeDown } from './place-down.js';
import { placeFlowLabels } from './place-flow-labels.js';
import type { Line, PlacedEdge, PlacedEmotionLane, PlacedEmotionPoint, PlacedLane, PlacedStage, PositionedDiagram, Rect } from './positioned-diagram.js';
import { stackItems } from './stack-items.js';
import { stageSpans, type Span } from './stage-columns.js';
import { blockHeight, textLines } from './text-lines.js';

/**
 * Places the whole diagram: the header, the stages and the cards and flows where ELK put them (copied back by
 * id), the flow labels on their edges, then the other lanes, each item beside its card or stage (in `right`, the
 * lanes before the emotions in the lanes' order go above the cards).
 */
export function placeDiagram(graph: DiagramGraph, layout: ElkNode): PositionedDiagram {
    return graph.direction === 'down' ? placeDown(graph, layout) : placeRight(graph, layout);
}

/** Stages left to right, lanes as rows under them, named in the gutter on the left. */
function placeRight(graph: DiagramGraph, layout: ElkNode): PositionedDiagram {
    const left = d.margin + d.gutter + d.columnGap / 2;
    const contentWidth = (layout.width ?? 0) + d.columnGap;
    const outer: Span = { left: left - d.columnGap / 2, right: left - d.columnGap / 2 + contentWidth };
    const width = Math.ceil(outer.right + d.margin);

    const { titleLines, factLines, bottom: stagesTop } = headerLines(graph, width);

    const elkBoxes = new Map((layout.children ?? []).map(child => [child.id, child]));
    const boxTop = (top: number) => (id: string): Rect => {
        const box = elkBoxes.get(id)!;
        return { x: left + box.x!, y: top + box.y!, width: box.width!, height: box.height! };
    };
    const columns = new Map(graph.boxes.map(box => [box.id, boxTop(0)(box.id)]));
    const spans = stageSpans(graph.stages, columns, outer);
    const stageList = allStages(graph.stages);
    const bands = stageBands(stageList, spans);
    const anchorSpan = (anchor: string | undefined): Span => {
        const box = anchor === undefined ? undefined : columns.get(anchor);
        const stage = anchor === undefined ? undefined : spans.get(anchor);
        return box ? { left: box.x, right: box.x + box.width }
            : stage ? { left: stage.left + d.stagePadding, right: stage.right - d.stagePadding }
                : { left, right: Math.min(outer.right - d.stagePadding, left + 2 * d.cardWidth + d.columnGap) };
    };

    const lanes: PlacedLane[] = [];
    let y = stagesTop + bands.height + d.laneGap;
    const addLane = (name: string, height: number, line?: string) => {
        const rect = { x: d.margin, y: y - d.laneGap / 2, width: width - 2 * d.margin, height: height + d.laneGap };
        lanes.push({
            rect,
            nameBand: { ...rect, width: d.gutter - 8 },
            separator: lanes.length === 0 ? undefined : [{ x: rect.x, y: rect.y }, { x: rect.x + rect.width, y: rect.y }],
            nameLines: textLines(wrapText(name, typography.laneName, d.gutter - 24), typography.laneName, rect.x + 8, rect.y + 8),
            line: line === undefined ? undefined : laneLine(line, rect)
        });
        y += height + d.laneGap;
    };
    const shownLanes = itemLanes(graph).filter(lane => lane.items.length > 0);
    const placeLanes = (which: typeof shownLanes) => which.map(lane => {
        const items = placeItems(lane.items, anchorSpan, y, lane.place);
        addLane(lane.name, bottomOf(items) - y, lane.line);
        return { key: lane.key, items };
    });
    const aboveCards = laneOrder.indexOf('emotions');
    const placedAbove = placeLanes(shownLanes.filter(lane => laneOrder.indexOf(lane.key) < aboveCards));

    const cardsTop = y;
    const rectOf = boxTop(cardsTop);
    const boxes = graph.boxes.map(box => ({ ...box, rect: rectOf(box.id) }));
    const boxRects = new Map(boxes.map(box => [box.id, box.rect]));
    const routes = elkRoutes(graph, layout, { x: left, y: cardsTop });
    const labels = placeFlowLabels(graph.edges.map(edge => ({ ...edge, points: routes.get(edge.id)! })), boxes.map(box => box.rect), outer);
    const edges: PlacedEdge[] = graph.edges.map(edge => ({ ...edge, points: routes.get(edge.id)!, label: labels.get(edge.id) }));
    const labelBottom = largest([...labels.values()].map(label => label.rect.y + label.rect.height - cardsTop), 0);
    addLane('Touchpoints and flows', Math.max(layout.height ?? 0, labelBottom), showsBlueprint(graph.textLanes) ? 'Line of interaction' : undefined);
    let emotions: PlacedEmotionLane | undefined;
    if (graph.curves.length > 0) {
        emotions = placeEmotions(graph, boxRects, { x: outer.left, y, width: contentWidth, height: d.emotionLaneHeight });
        addLane('Emotions', emotions.rect.height);
    }
    const placedLanes = [...placedAbove, ...placeLanes(shownLanes.filter(lane => laneOrder.indexOf(lane.key) > aboveCards))];
    const bottom = y - d.laneGap / 2;
    const stages: PlacedStage[] = stageList.map(stage => {
        const span = spans.get(stage.id)!;
        const band = bands.rects.get(stage.id)!;
        const bandTop = stagesTop + band.y;
        return {
            ...stage,
            rect: { x: span.left, y: bandTop, width: span.right - span.left, height: bottom - bandTop },
            band: { ...band, y: bandTop },
            titleLines: bands.lines.get(stage.id)!.map(line => ({ ...line, y: line.y + stagesTop })),
            border: stage.depth === 0 ? undefined : [{ x: span.left, y: bandTop + band.height }, { x: span.left, y: bottom }]
        };
    });
    return {
        graph, width, height: Math.ceil(bottom + d.margin), header: { titleLines, factLines }, stages, boxes, edges, lanes, emotions,
        ...placedLaneLists(graph, placedLanes)
    };
}

/** A service blueprint's line along a lane's top edge: its name in a box on the line, just right of the gutter. */
function laneLine(name: string, lane: Rect): PlacedLane['line'] {
    const text = name.toUpperCase();
    const label = { x: d.margin + d.gutter, y: lane.y - lineHeight(typography.tag) / 2, width: Math.ceil(textWidth(text, typography.tag)) + 12, height: lineHeight(typography.tag) };
    return { label, nameLine: textLines([text], typography.tag, label.x + 6, label.y)[0] };
}

/** Title bands, one row per depth, relative to the top of the stage area. */
function stageBands(stages: readonly StageNode[], spans: ReadonlyMap<string, Span>) {
    const wrapped = new Map(stages.map(stage => {
        const span = spans.get(stage.id)!;
        const style = stage.depth === 0 ? typography.stage : typography.subStage;
        return [stage.id, wrapText(stage.title, style, span.right - span.left - 2 * d.stagePadding - 8, 3)];
    }));
    const depths = largest(stages.map(stage => stage.depth)) + 1;
    const rowHeights = Array.from({ length: depths }, (_, depth) => {
        const style = depth === 0 ? typography.stage : typography.subStage;
        return largest(stages.filter(stage => stage.depth === depth).map(stage => blockHeight(wrapped.get(stage.id)!.length, style))) + 2 * d.stagePadding;
    });
    const rowTop = (depth: number) => rowHeights.slice(0, depth).reduce((sum, h) => sum + h + 4, 0);
    const rects = new Map<string, Rect>();
    const lines = new Map<string, Line[]>();
    for (const stage of stages) {
        const span = spans.get(stage.id)!;
        const inset = 2 + 2 * stage.depth;
        const rect = { x: span.left + inset, y: rowTop(stage.depth), width: span.right - span.left - 2 * inset, height: rowHeights[stage.depth] };
        rects.set(stage.id, rect);
        const style = stage.depth === 0 ? typography.stage : typography.subStage;
        lines.set(stage.id, textLines(wrapped.get(stage.id)!, style, rect.x + d.stagePadding + 2, rect.y + d.stagePadding));
    }
    return { rects, lines, height: rowTop(depths) - 4 };
}

/** A persona's legend wraps to at most this many lines; the rest is cut with an ellipsis. */
const maxLegendLines = 3;

function placeEmotions(graph: DiagramGraph, boxes: ReadonlyMap<string, Rect>, area: Rect): PlacedEmotionLane {
    const { min, max } = graph.scale;
    // The legend's text runs from the colour swatch to the scale's labels, left of the lane.
    const legendX = d.margin + 8;
    const legendWidth = area.x - d.scaleLabelWidth - 4 - (legendX + 20);
    let legendTop = area.y + lineHeight(typography.laneName) + 8;
    const curves = graph.curves.map(curve => {
        const lines = wrapText(curve.title, typography.detail, legendWidth, maxLegendLines);
        const legend = { x: legendX, y: legendTop, width: legendWidth + 20, height: blockHeight(lines.length, typography.detail) };
        legendTop += legend.height + 6;
        return { curve, legend, legendLines: textLines(lines, typography.detail, legend.x + 20, legend.y) };
    });
    const rect = { ...area, height: Math.max(area.height, legendTop - area.y) };
    const pad = 26;
    const yOf = (level: number) => rect.y + pad + (1 - level) * (rect.height - 2 * pad);
    const words = new WordStack();
    const placePoints = (points: readonly EmotionPoint[]): PlacedEmotionPoint[] => points.filter(point => boxes.has(point.box)).map(point => {
        const box = boxes.get(point.box)!;
        const x = box.x + box.width / 2;
        const y = yOf(point.level);
        const above = point.level < 0.8;
        // One line at most as wide as the box; a longer word ends with an ellipsis (the SVG keeps it in full in a tooltip).
        const word = point.word === undefined ? undefined : wrapText(point.word, typography.label, box.width, 1)[0];
        const wordLine = word === undefined ? undefined
            : words.place(word, x, above ? y - 8 - lineHeight(typography.label) : y + 8, above ? -1 : 1);
        return { ...point, x, y, wordLine };
    });
    return {
        rect,
        axis: 'y',
        grid: scaleMarks(graph.scale).map(score => {
            const y = yOf((score - min) / (max - min));
            return { score, line: [{ x: rect.x, y }, { x: rect.x + rect.width, y }], label: { x: rect.x - d.scaleLabelWidth, y: y + 4 } };
        }),
        curves: curves.map(({ curve, legend, legendLines }) => ({
            ...curve, legend, legendLines,
            points: placePoints(curve.points),
            offPath: placePoints(curve.offPath)
        }))
    };
}

function placeItems<T extends { readonly anchor?: string }, P extends { readonly rect: Rect }>(
    items: readonly T[], span: (anchor: string | undefined) => Span, top: number, place: (item: T, rect: Rect) => P
): P[] {
    const spans = items.map(item => span(item.anchor));
    const sized = items.map((item, i) => place(item, { x: spans[i].left, y: 0, width: spans[i].right - spans[i].left, height: 0 }));
    const tops = stackItems(sized.map(item => ({ left: item.rect.x, right: item.rect.x + item.rect.width, height: item.rect.height })), top, d.laneItemGap);
    return items.map((item, i) => place(item, { ...sized[i].rect, y: tops[i] }));
}

