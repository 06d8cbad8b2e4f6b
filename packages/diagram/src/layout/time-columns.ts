import type { BoxNode, DiagramGraph, StageNode } from '../graph/diagram-graph.js';

/**
 * The column (direction `right`) or row (`down`) of each box along the time axis, numbered from 0: each box
 * has its own, except in a compact `right` layout, where touchpoints that no flow orders against each other
 * but that share a neighbour, like alternative branches from one step, share a column, stacked (what the
 * other lanes show for them stacks too); a stage always starts a column and a drop-off has its own.
 */
export function timeColumns(graph: DiagramGraph): Map<string, number> {
    const ranked = [...graph.boxes].sort((a, b) => a.order - b.order);
    if (graph.direction === 'down' || !graph.compact) {
        return new Map(ranked.map((box, rank) => [box.id, rank]));
    }
    const stageOf = new Map<string, string>();
    const visit = (stages: readonly StageNode[]) => stages.forEach(stage => {
        stage.boxes.forEach(id => stageOf.set(id, stage.id));
        visit(stage.stages);
    });
    visit(graph.stages);
    const neighbours = new Map<string, Set<string>>(graph.boxes.map(box => [box.id, new Set<string>()]));
    for (const edge of graph.edges) {
        neighbours.get(edge.source)?.add(edge.target);
        neighbours.get(edge.target)?.add(edge.source);
    }
    const columns = new Map<string, number>();
    let column = -1;
    let members: BoxNode[] = [];
    for (const box of ranked) {
        const previous = members[0];
        const joins = previous !== undefined && box.kind === 'card' && previous.kind === 'card' && stageOf.get(box.id) === stageOf.get(previous.id)
            && members.every(member => !neighbours.get(member.id)!.has(box.id))
            && members.some(member => [...neighbours.get(member.id)!].some(id => neighbours.get(box.id)!.has(id)));
        if (joins) {
            members.push(box);
        } else {
            column++;
            members = [box];
        }
        columns.set(box.id, column);
    }
    return columns;
}
