import {
    capitalise, emotionCurves as analysedCurves, metricValueText, type EmotionModel, type FlowModel, type FlowStepModel, type JourneyModel, type MetricModel, type OpportunityModel, type PainModel,
    type StageModel, type TouchpointModel
} from '@journey-maps/language/model';
import type { ResolvedOptions } from '../options.js';
import { dimensions } from '../layout/dimensions.js';
import { lineHeight, textWidth, wrapText } from '../text/measure-text.js';
import { typography } from '../text/typography.js';
import {
    diagramIds, type BoxNode, type CardNode, type DiagramGraph, type CurveNode, type EmotionPoint, type FlowEdge, type HeaderNode, type MetricItem,
    type OpportunityItem, type PainItem, type StageNode
} from './diagram-graph.js';
import { buildTextLanes } from './text-lanes.js';

/** What the diagram shows of a journey model under the given options, measured and with stable ids. */
export function buildGraph(model: JourneyModel, options: ResolvedOptions): DiagramGraph {
    const boxes: BoxNode[] = [];
    const touchpoints = new Map(model.touchpoints.map(touchpoint => [touchpoint.name, touchpoint]));
    /** Which shown stage each stage and touchpoint belongs to (sub-stages fold into their stage in compact mode). */
    const shownStage = new Map<string, string>();
    const stageNode = (stage: StageModel, shownAs?: string): StageNode => {
        const id = shownAs ?? diagramIds.stage(stage.name);
        shownStage.set(stage.name, id);
        const first = boxes.length;
        for (const name of stage.touchpoints) {
            boxes.push(cardNode(touchpoints.get(name)!, boxes.length));
            shownStage.set(name, id);
        }
        const collapse = options.compact && stage.depth === 0;
        const children = stage.stages.map(sub => stageNode(sub, collapse ? id : undefined));
        if (boxes.length === first) {
            boxes.push({ kind: 'slot', id: diagramIds.slot(stage.name), range: stage.range, width: dimensions.slotWidth, height: dimensions.dropHeight, order: boxes.length });
        }
        return {
            id, range: stage.range, title: stage.title, depth: stage.depth,
            stages: collapse ? [] : children,
            boxes: boxes.slice(first).map(box => box.id)
        };
    };
    const stages = model.stages.map(stage => stageNode(stage));
    const shows = (persona: string | undefined) => !persona || !options.personas || options.personas.has(persona);
    const personaIndex = new Map(model.personas.map((persona, i) => [persona.name, i]));
    // Built once for every flow: a flow's steps only ever look up touchpoints' cards, never drop boxes.
    const cardOrder = new Map(boxes.map(box => [box.id, box.order]));
    const flowEdgeList = model.flows.filter(flow => shows(flow.persona)).flatMap(flow => flowEdges(flow, personaIndex, cardOrder, boxes));
    const shown = limitParallelEdges(flowEdgeList, boxes);
    const anchor = (location: PainModel['location']) => location && (location.kind === 'touchpoint'
        ? touchpoints.has(location.name) ? diagramIds.touchpoint(location.name) : undefined
        : shownStage.get(location.name));
    const opportunities = new Map(model.opportunities.map(opportunity => [opportunity.name, opportunity]));
    const painItem = (pain: PainModel): PainItem => ({
        id: diagramIds.pain(pain.name), range: pain.range, anchor: anchor(pain.location), title: pain.title, severity: pain.severity ?? 'unknown',
        affects: pain.affects,
        opportunities: pain.opportunities.map(name => opportunityItem(pain, opportunities.get(name)!))
    });
    return {
        uri: model.range.uri,
        header: headerNode(model),
        stages,
        boxes: shown.boxes,
        edges: shown.edges,
        scale: model.scale,
        curves: options.lanes.has('emotions') ? emotionCurves(model, shows) : [],
        pains: options.lanes.has('pains')
            ? model.pains.filter(pain => pain.affects.length === 0 || pain.affects.some(shows)).map(painItem)
            : [],
        metrics: options.lanes.has('metrics') ? model.metrics.map(metric => metricItem(metric, anchor(metric.location))) : [],
        textLanes: buildTextLanes(model, options, anchor),
        compact: options.compact,
        direction: options.direction
    };
}

function headerNode(model: JourneyModel): HeaderNode {
    const facts = [
        model.kind && capitalise(model.kind.replace(/-/g, ' ')),
        model.personas.length > 0 && `Personas: ${model.personas.map(persona => persona.title).join(', ')}`,
        model.reviewed && `Reviewed ${model.reviewed}${model.cadence ? `, every ${model.cadence.count > 1 ? `${model.cadence.count} ` : ''}${model.cadence.unit}` : ''}`,
        model.evidence && `Evidence: ${model.evidence}`
    ].filter((fact): fact is string => Boolean(fact));
    return { id: diagramIds.journey(model.name), range: model.range, title: model.title, facts };
}

function cardNode(touchpoint: TouchpointModel, order: number): CardNode {
    const inner = dimensions.cardWidth - 2 * dimensions.cardPadding;
    const titleLines = wrapText(touchpoint.title, typography.cardTitle, inner, 4);
    const details = [touchpoint.channels.map(channel => channel.title).join(', ') || undefined, touchpoint.owner && `Owner: ${touchpoint.owner.title}`].filter((text): text is string => Boolean(text));
    const detailLines = details.flatMap(detail => wrapText(detail, typography.detail, inner, 2));
    const moment = touchpoint.moment !== undefined;
    const indirect = touchpoint.reach === 'indirect';
    const backstage = touchpoint.lane === 'backstage';
    const tagRow = moment || indirect || backstage ? lineHeight(typography.tag) + 4 : 0;
    const height = 2 * dimensions.cardPadding + tagRow + titleLines.length * lineHeight(typography.cardTitle)
        + (detailLines.length > 0 ? 6 + detailLines.length * lineHeight(typography.detail) : 0);
    return {
        kind: 'card', id: diagramIds.touchpoint(touchpoint.name), range: touchpoint.range, width: dimensions.cardWidth, height, order,
        titleLines, detailLines, moment, indirect, backstage
    };
}

/**
 * The flow's steps as edges between the boxes; a drop-off adds a drop box right after the box it leaves. Steps
 * repeated between the same two touchpoints (or to a drop-off from the same one) are one edge, the first
 * step's, with the number of times as its last label line: ELK's cost grows fast with parallel edges.
 * `order` is the order of each stage's box (cards and empty stages' slots), shared by all flows.
 */
function flowEdges(flow: FlowModel, personaIndex: ReadonlyMap<string, number>, order: ReadonlyMap<string, number>, boxes: BoxNode[]): FlowEdge[] {
    const merged = new Map<string, { step: FlowStepModel; source: string; target: string; count: number }>();
    for (const step of flow.steps) {
        const source = diagramIds.touchpoint(step.from);
        const target = step.to === undefined ? undefined : diagramIds.touchpoint(step.to);
        if (!order.has(source) || (target !== undefined && (!order.has(target) || target === source))) {
            continue; // a step from or to a touchpoint that does not resolve: the checks report it
        }
        const key = `${step.from}->${step.to ?? 'drop'}`;
        const repeated = merged.get(key);
        if (repeated) {
            repeated.count++;
            continue;
        }
        let to = target;
        if (to === undefined) {
            const text = step.share === undefined ? 'drop-off' : `drop-off ${step.share}%`;
            to = diagramIds.drop(flow.id, step.from);
            boxes.push({
                kind: 'drop', id: to, range: step.range, text, order: order.get(source)! + 0.5,
                width: Math.ceil(textWidth(text, typography.tag)) + 20, height: dimensions.dropHeight
            });
        }
        merged.set(key, { step, source, target: to, count: 1 });
    }
    return [...merged.values()].map(({ step, source, target, count }) => {
        const share = step.share === undefined || step.drop ? undefined : `${step.share}%`;
        return {
            id: diagramIds.edge(flow.id, step.from, step.to ?? 'drop'), range: step.range, source, target, flow: flow.id,
            persona: flow.persona === undefined ? undefined : personaIndex.get(flow.persona),
            ...edgeLabel([share, step.label, count > 1 ? `×${count}` : undefined]),
            backtrack: step.to !== undefined && order.get(target)! < order.get(source)!,
            drop: step.drop
        };
    });
}

/** At most this many edges join two touchpoints in one direction, or lead to drop-offs from one touchpoint. */
export const maxParallelEdges = 4;

/**
 * Keeps the first `maxParallelEdges - 1` edges between each two boxes (and to drop-offs from each box) and
 * draws the rest as one edge, the first of them, in the colour of flows of everybody, labelled with how many
 * flows it stands for. The drop boxes of the edges left out go too; the one kept says only 'drop-off'.
 */
function limitParallelEdges(edges: readonly FlowEdge[], boxes: readonly BoxNode[]): { edges: FlowEdge[]; boxes: BoxNode[] } {
    const groups = new Map<string, FlowEdge[]>();
    for (const edge of edges) {
        const key = `${edge.source}\n${edge.drop ? 'drop' : edge.target}`;
        const group = groups.get(key);
        if (group) {
            group.push(edge);
        } else {
            groups.set(key, [edge]);
        }
    }
    /** What becomes of the edges beyond the limit: the first stands for the rest (one per flow), which go. */
    const replaced = new Map<FlowEdge, FlowEdge | undefined>();
    for (const group of groups.values()) {
        const rest = group.slice(maxParallelEdges - 1);
        if (group.length > maxParallelEdges) {
            rest.forEach((edge, i) => replaced.set(edge, i === 0 ? { ...edge, persona: undefined, ...edgeLabel([`${rest.length} more flows`]) } : undefined));
        }
    }
    if (replaced.size === 0) {
        return { edges: [...edges], boxes: [...boxes] };
    }
    const kept: FlowEdge[] = [];
    const mergedDrops = new Set<string>();
    for (const edge of edges) {
        const replacement = replaced.has(edge) ? replaced.get(edge) : edge;
        if (replacement) {
            kept.push(replacement);
        }
        if (replacement && replacement !== edge && edge.drop) {
            mergedDrops.add(edge.target);
        }
    }
    const keptTargets = new Set(kept.map(edge => edge.target));
    return {
        edges: kept,
        boxes: boxes.flatMap((box): BoxNode[] => {
            if (box.kind !== 'drop') {
                return [box];
            }
            if (!keptTargets.has(box.id)) {
                return [];
            }
            return mergedDrops.has(box.id) ? [{ ...box, text: 'drop-off', width: Math.ceil(textWidth('drop-off', typography.tag)) + 20 }] : [box];
        })
    };
}

/** An edge's label: the given texts (those present), each wrapped to at most three lines, measured. */
function edgeLabel(texts: readonly (string | undefined)[]): Pick<FlowEdge, 'labelLines' | 'labelWidth' | 'labelHeight'> {
    const labelLines = texts
        .filter((text): text is string => Boolean(text))
        .flatMap(text => wrapText(text, typography.label, dimensions.edgeLabelWidth, 3));
    return {
        labelLines,
        labelWidth: Math.ceil(Math.max(0, ...labelLines.map(line => textWidth(line, typography.label)))),
        labelHeight: labelLines.length * lineHeight(typography.label)
    };
}

/** Each shown persona's curve in the order the report's analysis gives it (`emotionCurves`: along the persona's flow, else text order). */
function emotionCurves(model: JourneyModel, shows: (persona: string) => boolean): CurveNode[] {
    const analysed = new Map(analysedCurves(model).map(curve => [curve.persona, curve]));
    const touchpoints = new Map(model.touchpoints.map(touchpoint => [touchpoint.name, touchpoint]));
    return model.personas.flatMap((persona, colour) => {
        const curve = analysed.get(persona.name);
        if (!curve || !shows(persona.name)) {
            return [];
        }
        const point = ({ touchpoint, score }: { touchpoint: string; score: number }): EmotionPoint[] => {
            const emotion = touchpoints.get(touchpoint)?.emotions.find((e: EmotionModel) => e.persona === persona.name && e.score === score);
            return emotion ? [{
                id: diagramIds.emotion(persona.name, touchpoint), range: emotion.range, box: diagramIds.touchpoint(touchpoint),
                level: emotion.level, score: emotion.score, word: emotion.word
            }] : [];
        };
        return [{
            id: diagramIds.curve(persona.name), range: persona.range, persona: persona.name, title: persona.title, colour,
            points: curve.points.flatMap(point), offPath: curve.offPath.flatMap(point)
        }];
    });
}

function opportunityItem(pain: PainModel, opportunity: OpportunityModel): OpportunityItem {
    return {
        id: diagramIds.opportunity(pain.name, opportunity.name), range: opportunity.range, title: opportunity.title,
        facts: [opportunity.impact && `impact ${opportunity.impact}`, opportunity.effort && `effort ${opportunity.effort}`, opportunity.status]
            .filter(Boolean).join(' · ')
    };
}

function metricItem(metric: MetricModel, anchor: string | undefined): MetricItem {
    // The status judges the current value only: a baseline alone is shown as such, not as a measurement of now.
    const verdict = { 'met': 'Met', 'off-target': 'Off target' }[metric.status as 'met' | 'off-target'];
    const value = metric.current !== undefined ? metricValueText(metric.current, metric.unit)
        : metric.baseline !== undefined ? `no data yet (baseline ${metricValueText(metric.baseline, metric.unit)})` : 'no data yet';
    const parts = [
        ...(verdict ? [verdict] : []),
        value,
        metric.target === undefined ? 'no target' : `target ${metricValueText(metric.target, metric.unit)}${metric.better ? `, ${metric.better} is better` : ''}`
    ];
    return { id: diagramIds.metric(metric.name), range: metric.range, anchor, title: metric.title, value: parts.join(' · '), status: metric.status };
}
