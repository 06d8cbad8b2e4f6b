import type { DiagramGraph, MetricItem, PainItem } from '../graph/diagram-graph.js';
import { lineHeight, wrapText } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import type { PlacedMetric, PlacedPain, Rect } from './positioned-diagram.js';
import { blockHeight, textLines } from './text-lines.js';

/**
 * The items of the lanes under the touchpoints, each drawn in the rectangle it is given (its height is its
 * own): a lane is a list of items, each anchored to a box, a stage or the whole journey, and a way to place one.
 */
export interface ItemLane<T extends { readonly anchor?: string } = { readonly anchor?: string }, P extends { readonly rect: Rect } = { readonly rect: Rect }> {
    /** Which of the placed diagram's lists its items go in. */
    readonly key: 'pains' | 'metrics';
    readonly name: string;
    readonly items: readonly T[];
    readonly place: (item: T, rect: Rect) => P;
}

/** A lane as one of a list of lanes of any items: each lane places only its own items. */
export function anyItemLane<T extends { readonly anchor?: string }, P extends { readonly rect: Rect }>(lane: ItemLane<T, P>): ItemLane {
    return lane as unknown as ItemLane;
}

/** The lanes of items, in the order they are drawn. */
export function itemLanes(graph: DiagramGraph): ItemLane[] {
    return [
        anyItemLane({ key: 'pains', name: 'Pain points', items: graph.pains, place: placePain }),
        anyItemLane({ key: 'metrics', name: 'Metrics', items: graph.metrics, place: placeMetric })
    ];
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
    return Math.max(...items.map(item => item.rect.y + item.rect.height));
}
