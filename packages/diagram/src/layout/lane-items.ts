import type { DiagramGraph, MetricItem, PainItem, TextItem } from '../graph/diagram-graph.js';
import { textLaneNames } from '../graph/text-lanes.js';
import { lanes as laneOrder, type Lane } from '../options.js';
import { lineHeight, wrapText } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import { placeTextItem } from './place-text-item.js';
import type { PlacedMetric, PlacedPain, PlacedTextItem, PlacedTextLane, Rect } from './positioned-diagram.js';
import { largest } from './extremes.js';
import { blockHeight, textLines } from './text-lines.js';

/**
 * The items of the lanes under the touchpoints, each drawn in the rectangle it is given (its height is its
 * own): a lane is a list of items, each anchored to a box, a stage or the whole journey, and a way to place one.
 */
export interface ItemLane<T extends { readonly anchor?: string } = { readonly anchor?: string }, P extends { readonly rect: Rect } = { readonly rect: Rect }> {
    /** The lane it is (pains and metrics go in the placed diagram's lists of those, the others in its text lanes). */
    readonly key: Lane;
    readonly name: string;
    /** The service blueprint's line along its top edge (direction right), if it starts a layer. */
    readonly line?: string;
    readonly items: readonly T[];
    readonly place: (item: T, rect: Rect) => P;
    /** For a lane merged from several (`mergeLanes`): its placed items, back in the lanes they came from. */
    readonly split?: (placed: readonly P[]) => PlacedItems[];
}

/** A lane's items as placed, under its key. */
export interface PlacedItems {
    readonly key: Lane;
    readonly items: readonly { readonly rect: Rect }[];
}

/** A lane as one of a list of lanes of any items: each lane places only its own items. */
export function anyItemLane<T extends { readonly anchor?: string }, P extends { readonly rect: Rect }>(lane: ItemLane<T, P>): ItemLane {
    return lane as unknown as ItemLane;
}

/** The lanes of items, in the order they are drawn (the lanes' order): the text lanes, pains and metrics. */
export function itemLanes(graph: DiagramGraph): ItemLane[] {
    return [
        anyItemLane({ key: 'pains', name: 'Pain points', items: graph.pains, place: placePain }),
        anyItemLane({ key: 'metrics', name: 'Metrics', items: graph.metrics, place: placeMetric }),
        ...graph.textLanes.map(lane => anyItemLane({ key: lane.lane, name: lane.name, line: lane.line, items: lane.items, place: placeTextItem }))
    ].sort((a, b) => laneOrder.indexOf(a.key) - laneOrder.indexOf(b.key));
}

/**
 * The optional lanes the graph draws, in `lanes` order: the emotions when a curve is shown, each other lane when
 * it has items (a lane hidden by the options has none). A preview offers a toggle for each.
 */
export function drawnLanes(graph: DiagramGraph): Lane[] {
    const withItems = new Set(itemLanes(graph).filter(lane => lane.items.length > 0).map(lane => lane.key));
    return laneOrder.filter(lane => lane === 'emotions' ? graph.curves.length > 0 : withItems.has(lane));
}

const pad = 8;

export function placePain(pain: PainItem, rect: Rect): PlacedPain {
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

export function placeMetric(metric: MetricItem, rect: Rect): PlacedMetric {
    const inner = rect.width - 2 * pad - 6;
    const x = rect.x + pad + 6;
    const titleLines = textLines(wrapText(metric.title, typography.itemTitle, inner, 3), typography.itemTitle, x, rect.y + pad);
    const valueTop = rect.y + pad + blockHeight(titleLines.length, typography.itemTitle) + 2;
    const valueLines = textLines(wrapText(metric.value, typography.detail, inner, 2), typography.detail, x, valueTop);
    return { ...metric, rect: { ...rect, height: valueTop + blockHeight(valueLines.length, typography.detail) + pad - rect.y }, titleLines, valueLines };
}

export function bottomOf(items: readonly { readonly rect: Rect }[]): number {
    return largest(items.map(item => item.rect.y + item.rect.height));
}

/** The placed items of every lane, in the placed diagram's lists (in either direction). */
export function placedLaneLists(graph: DiagramGraph, placed: readonly PlacedItems[]): { pains: PlacedPain[]; metrics: PlacedMetric[]; textLanes: PlacedTextLane[] } {
    const itemsOf = (key: Lane) => placed.find(each => each.key === key)?.items ?? [];
    return {
        pains: itemsOf('pains') as PlacedPain[],
        metrics: itemsOf('metrics') as PlacedMetric[],
        textLanes: graph.textLanes.map(lane => ({ ...lane, items: itemsOf(lane.lane) as PlacedTextItem[] }))
    };
}

/** One lane's item inside a lane merged from several (see `mergeLanes`). */
interface MergedItem {
    readonly anchor?: string;
    readonly lane: ItemLane;
    readonly item: { readonly anchor?: string };
}

/**
 * Lanes drawn in one column (direction `down`, so that a map with every lane stays within its width): each item
 * is placed by its own lane, in the lanes' order within a row, a text item under a tag naming its lane.
 */
export function mergeLanes(members: readonly ItemLane[]): ItemLane {
    if (members.length === 1) return members[0];
    const items: MergedItem[] = members.flatMap(lane => lane.items.map(item => ({ anchor: item.anchor, lane, item })));
    return anyItemLane<MergedItem, { readonly rect: Rect }>({
        key: members[0].key,
        name: members.map(lane => lane.name).join(' · '),
        items,
        place: ({ lane, item }, rect) => lane.place(lane.key in textLaneNames ? tagged(item as TextItem, lane.name) : item, rect),
        split: placed => members.map(member => ({ key: member.key, items: placed.filter((_, i) => items[i].lane === member) }))
    });
}

/** A lane's placed items under its key, or under the keys of the lanes it was merged from. */
export function placedItemsOf(lane: ItemLane, placed: readonly { readonly rect: Rect }[]): PlacedItems[] {
    return lane.split?.(placed) ?? [{ key: lane.key, items: placed }];
}

function tagged(item: TextItem, laneName: string): TextItem {
    return { ...item, texts: [{ text: laneName.toUpperCase(), style: 'tag', maxLines: 1 }, ...item.texts] };
}
