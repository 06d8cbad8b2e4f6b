import { allStages, scaleMarks } from '@journey-maps/language/model';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramGraph, EmotionPoint, MetricItem, PainItem, StageNode } from '../graph/diagram-graph.js';
import { lineHeight, textWidth, wrapText } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import { dimensions as d } from './dimensions.js';
import type {
    Line, PlacedEdge, PlacedEmotionLane, PlacedEmotionPoint, PlacedLane, PlacedMetric, PlacedPain, PlacedStage, Point, PositionedDiagram, Rect
} from './positioned-diagram.js';
import { stackItems } from './stack-items.js';
import { stageSpans, type Span } from './stage-columns.js';
import { blockHeight, textLines } from './text-lines.js';

/**
 * Places the whole diagram: the header, the stage columns and the cards and flows where ELK put them (copied
 * back by id), then the lanes under them, each item under its card or stage.
 */
export function placeDiagram(graph: DiagramGraph, layout: ElkNode): PositionedDiagram {
    const left = d.margin + d.gutter + d.columnGap / 2;
    const contentWidth = (layout.width ?? 0) + d.columnGap;
    const outer: Span = { left: left - d.columnGap / 2, right: left - d.columnGap / 2 + contentWidth };
    const width = Math.ceil(outer.right + d.margin);

    const titleLines = textLines(wrapText(graph.header.title, typography.title, width - 2 * d.margin, 2), typography.title, d.margin, d.margin);
    const factsTop = d.margin + blockHeight(titleLines.length, typography.title) + 4;
    const factLines = textLines(wrapText(graph.header.facts.join('   ·   '), typography.subtitle, width - 2 * d.margin, maxFactLines), typography.subtitle, d.margin, factsTop);
    const stagesTop = factsTop + blockHeight(factLines.length, typography.subtitle) + 20;

    const elkBoxes = new Map((layout.children ?? []).map(child => [child.id, child]));
    const boxTop = (top: number) => (id: string): Rect => {
        const box = elkBoxes.get(id)!;
        return { x: left + box.x!, y: top + box.y!, width: box.width!, height: box.height! };
    };
    const spans = stageSpans(graph.stages, new Map(graph.boxes.map(box => [box.id, boxTop(0)(box.id)])), outer);
    const stageList = allStages(graph.stages);
    const bands = stageBands(stageList, spans);
    const cardsTop = stagesTop + bands.height + d.laneGap;
    const rectOf = boxTop(cardsTop);
    const boxes = graph.boxes.map(box => ({ ...box, rect: rectOf(box.id) }));
    const boxRects = new Map(boxes.map(box => [box.id, box.rect]));
    const edges = placeEdges(graph, layout, left, cardsTop);

    const lanes: PlacedLane[] = [];
    let y = cardsTop;
    const addLane = (name: string, height: number) => {
        const rect = { x: d.margin, y: y - d.laneGap / 2, width: width - 2 * d.margin, height: height + d.laneGap };
        lanes.push({ rect, nameLines: textLines(wrapText(name, typography.laneName, d.gutter - 24), typography.laneName, rect.x + 8, rect.y + 8) });
        y += height + d.laneGap;
    };
    addLane('Touchpoints and flows', layout.height ?? 0);

    let emotions: PlacedEmotionLane | undefined;
    if (graph.curves.length > 0) {
        emotions = placeEmotions(graph, boxRects, { x: outer.left, y, width: contentWidth, height: d.emotionLaneHeight });
        addLane('Emotions', emotions.rect.height);
    }
    const anchorSpan = (anchor: string | undefined): Span => {
        const box = anchor === undefined ? undefined : boxRects.get(anchor);
        const stage = anchor === undefined ? undefined : spans.get(anchor);
        return box ? { left: box.x, right: box.x + box.width }
            : stage ? { left: stage.left + d.stagePadding, right: stage.right - d.stagePadding }
                : { left, right: Math.min(outer.right - d.stagePadding, left + 2 * d.cardWidth + d.columnGap) };
    };
    const pains = placeItems(graph.pains, anchorSpan, y, placePain);
    if (pains.length > 0) {
        addLane('Pain points', bottomOf(pains) - y);
    }
    const metrics = placeItems(graph.metrics, anchorSpan, y, placeMetric);
    if (metrics.length > 0) {
        addLane('Metrics', bottomOf(metrics) - y);
    }
    const bottom = y - d.laneGap / 2;
    const stages: PlacedStage[] = stageList.map(stage => {
        const span = spans.get(stage.id)!;
        const band = bands.rects.get(stage.id)!;
        const bandTop = stagesTop + band.y;
        return {
            ...stage,
            rect: { x: span.left, y: bandTop, width: span.right - span.left, height: bottom - bandTop },
            band: { ...band, y: bandTop },
            titleLines: bands.lines.get(stage.id)!.map(line => ({ ...line, y: line.y + stagesTop }))
        };
    });
    return {
        graph, width, height: Math.ceil(bottom + d.margin), header: { titleLines, factLines }, stages, boxes, edges, lanes, emotions, pains, metrics
    };
}

/** Title bands, one row per depth, relative to the top of the stage area. */
function stageBands(stages: readonly StageNode[], spans: ReadonlyMap<string, Span>) {
    const wrapped = new Map(stages.map(stage => {
        const span = spans.get(stage.id)!;
        const style = stage.depth === 0 ? typography.stage : typography.subStage;
        return [stage.id, wrapText(stage.title, style, span.right - span.left - 2 * d.stagePadding - 8, 3)];
    }));
    const depths = Math.max(...stages.map(stage => stage.depth)) + 1;
    const rowHeights = Array.from({ length: depths }, (_, depth) => {
        const style = depth === 0 ? typography.stage : typography.subStage;
        return Math.max(...stages.filter(stage => stage.depth === depth).map(stage => blockHeight(wrapped.get(stage.id)!.length, style))) + 2 * d.stagePadding;
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

function placeEdges(graph: DiagramGraph, layout: ElkNode, left: number, top: number): PlacedEdge[] {
    const elkEdges = new Map((layout.edges ?? []).map(edge => [edge.id, edge]));
    const shift = (point: Point): Point => ({ x: left + point.x, y: top + point.y });
    return graph.edges.map(edge => {
        const elkEdge = elkEdges.get(edge.id)!;
        const points = (elkEdge.sections ?? []).flatMap(section => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]).map(shift);
        const label = elkEdge.labels?.[0];
        return {
            ...edge,
            points,
            label: label && textLines(edge.labelLines, typography.label, left + label.x!, top + label.y!)
        };
    });
}

/** The header's facts and a persona's legend wrap to at most this many lines; the rest is cut with an ellipsis. */
const maxFactLines = 3;
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
        grid: scaleMarks(graph.scale).map(score => ({ score, y: yOf((score - min) / (max - min)) })),
        curves: curves.map(({ curve, legend, legendLines }) => ({
            ...curve, legend, legendLines,
            points: placePoints(curve.points),
            offPath: placePoints(curve.offPath)
        }))
    };
}

/**
 * Emotion words, centred under or over their point: a word that would cover one placed before (another
 * persona's, at the same score) moves a line further away from its point.
 */
class WordStack {
    private readonly placed: Rect[] = [];

    place(word: string, centre: number, top: number, direction: 1 | -1): Line {
        const width = textWidth(word, typography.label);
        const height = lineHeight(typography.label);
        const rect = { x: centre - width / 2, y: top, width, height };
        while (this.placed.some(other => overlaps(rect, other))) {
            rect.y += direction * height;
        }
        this.placed.push(rect);
        return textLines([word], typography.label, rect.x, rect.y)[0];
    }
}

function overlaps(a: Rect, b: Rect): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function placeItems<T extends { readonly anchor?: string }, P extends { readonly rect: Rect }>(
    items: readonly T[], span: (anchor: string | undefined) => Span, top: number, place: (item: T, rect: Rect) => P
): P[] {
    const spans = items.map(item => span(item.anchor));
    const sized = items.map((item, i) => place(item, { x: spans[i].left, y: 0, width: spans[i].right - spans[i].left, height: 0 }));
    const tops = stackItems(sized.map(item => ({ left: item.rect.x, right: item.rect.x + item.rect.width, height: item.rect.height })), top, d.laneItemGap);
    return items.map((item, i) => place(item, { ...sized[i].rect, y: tops[i] }));
}

const pad = 8;

function placePain(pain: PainItem, rect: Rect): PlacedPain {
    const inner = rect.width - 2 * pad;
    const x = rect.x + pad;
    let y = rect.y + pad;
    const tag = [pain.severity === 'unknown' ? 'PAIN' : pain.severity.toUpperCase(), ...pain.affects].join(' · ');
    const tagLine = textLines([wrapText(tag, typography.tag, inner, 1)[0]], typography.tag, x, y)[0];
    y += lineHeight(typography.tag) + 2;
    const titleLines = textLines(wrapText(pain.title, typography.itemTitle, inner, 4), typography.itemTitle, x, y);
    y += blockHeight(titleLines.length, typography.itemTitle);
    const opportunities = pain.opportunities.map(opportunity => {
        const top = y + 6;
        const lines = textLines(wrapText(`→ ${opportunity.title}`, typography.label, inner - 8, 3), typography.label, x + 6, top + 4);
        const factLines = textLines(wrapText(opportunity.facts, typography.detail, inner - 8, 2), typography.detail, x + 6, top + 4 + blockHeight(lines.length, typography.label));
        const height = 8 + blockHeight(lines.length, typography.label) + blockHeight(factLines.length, typography.detail);
        y = top + height;
        return { ...opportunity, rect: { x: x - 2, y: top, width: inner + 4, height }, lines, factLines };
    });
    return { ...pain, rect: { ...rect, height: y + pad - rect.y }, tagLine, titleLines, opportunities };
}

function placeMetric(metric: MetricItem, rect: Rect): PlacedMetric {
    const inner = rect.width - 2 * pad - 6;
    const x = rect.x + pad + 6;
    const titleLines = textLines(wrapText(metric.title, typography.itemTitle, inner, 3), typography.itemTitle, x, rect.y + pad);
    const valueTop = rect.y + pad + blockHeight(titleLines.length, typography.itemTitle) + 2;
    const valueLines = textLines(wrapText(metric.value, typography.detail, inner, 2), typography.detail, x, valueTop);
    return { ...metric, rect: { ...rect, height: valueTop + blockHeight(valueLines.length, typography.detail) + pad - rect.y }, titleLines, valueLines };
}

function bottomOf(items: readonly { readonly rect: Rect }[]): number {
    return Math.max(...items.map(item => item.rect.y + item.rect.height));
}
