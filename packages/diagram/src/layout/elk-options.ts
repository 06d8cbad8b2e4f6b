import type { LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { Direction } from '../options.js';
import { dimensions } from './dimensions.js';

/**
 * Every ELK option the diagram uses, in one place. The boxes form one flat layered graph laid out along the
 * time axis (left to right, or top to bottom); partitions keep them in the journey's order (so stages come out
 * in order), and cycles are broken by that order, so a step back in the journey is drawn as a backtrack.
 */
export function graphLayoutOptions(direction: Direction): LayoutOptions {
    return {
        'elk.algorithm': 'layered',
        'elk.direction': direction === 'down' ? 'DOWN' : 'RIGHT',
        'elk.edgeRouting': 'ORTHOGONAL',
        'elk.partitioning.activate': 'true',
        // One graph, even where flows leave touchpoints unconnected: else each part is laid out on its own, out of order.
        'elk.separateConnectedComponents': 'false',
        'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
        'elk.layered.thoroughness': '7',
        // In `down`, the balanced placement spreads parallel branches across the page: the simple one keeps the column narrow.
        'elk.layered.nodePlacement.strategy': direction === 'down' ? 'SIMPLE' : 'BRANDES_KOEPF',
        'elk.spacing.nodeNode': String(dimensions.nodeGap),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(dimensions.columnGap),
        'elk.spacing.edgeNode': '14',
        'elk.spacing.edgeEdge': '10',
        'elk.layered.spacing.edgeNodeBetweenLayers': '10',
        'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
        'elk.padding': '[top=0,left=0,bottom=0,right=0]',
        'elk.randomSeed': '1'
    };
}

/** The option that puts a box in its place on the time axis. */
export function partitionOption(partition: number): LayoutOptions {
    return { 'elk.partitioning.partition': String(partition) };
}
