import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramGraph } from '../graph/diagram-graph.js';
import { graphLayoutOptions, partitionOption } from './elk-options.js';

/** The diagram's boxes and flow edges as one ELK graph, ids kept, boxes ranked along the time axis. */
export function elkGraph(graph: DiagramGraph): ElkNode {
    const ranked = [...graph.boxes].sort((a, b) => a.order - b.order);
    return {
        id: 'root',
        layoutOptions: graphLayoutOptions(graph.compact),
        children: ranked.map((box, rank) => ({ id: box.id, width: box.width, height: box.height, layoutOptions: partitionOption(rank) })),
        edges: graph.edges.map(edge => ({
            id: edge.id,
            sources: [edge.source],
            targets: [edge.target],
            // ELK places a label only when it has a text.
            labels: edge.labelLines.length > 0 ? [{ id: `${edge.id}/label`, text: edge.labelLines.join(' '), width: edge.labelWidth, height: edge.labelHeight }] : []
        }))
    };
}
