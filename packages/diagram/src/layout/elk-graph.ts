import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramGraph } from '../graph/diagram-graph.js';
import { rowHeights } from './down-rows.js';
import { graphLayoutOptions, partitionOption } from './elk-options.js';
import { timeColumns } from './time-columns.js';

/**
 * The diagram's boxes and flow edges as one ELK graph, ids kept, boxes ranked along the time axis. Flow labels
 * are not ELK's: they are placed on their edge afterwards, so they take no column of their own. In `down`, a
 * box is as tall as its row: its card, the flow labels under it and what the other lanes show beside it.
 */
export function elkGraph(graph: DiagramGraph): ElkNode {
    const columns = timeColumns(graph);
    const heights = graph.direction === 'down' ? rowHeights(graph) : undefined;
    return {
        id: 'root',
        layoutOptions: graphLayoutOptions(graph.direction),
        children: graph.boxes.map(box => ({
            id: box.id, width: box.width, height: heights?.get(box.id) ?? box.height, layoutOptions: partitionOption(columns.get(box.id)!)
        })),
        edges: graph.edges.map(edge => ({ id: edge.id, sources: [edge.source], targets: [edge.target] }))
    };
}
