import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramGraph } from '../graph/diagram-graph.js';
import type { Point } from './positioned-diagram.js';

/** Each flow edge's route as ELK drew it, moved by `offset`. */
export function elkRoutes(graph: DiagramGraph, layout: ElkNode, offset: Point): Map<string, Point[]> {
    const elkEdges = new Map((layout.edges ?? []).map(edge => [edge.id, edge]));
    return new Map(graph.edges.map(edge => [edge.id, (elkEdges.get(edge.id)?.sections ?? [])
        .flatMap(section => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint])
        .map(point => ({ x: offset.x + point.x, y: offset.y + point.y }))]));
}
