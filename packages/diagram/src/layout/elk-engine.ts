import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

/**
 * One ELK for the whole process, created on first use. ELK's first layout costs about a second (it sets
 * itself up); later ones reuse that work, so long-lived processes keep this one warm (see `warmUpLayout`).
 * Each layout is its own request: one that fails, or whose caller gave up, leaves the others alone.
 */
let elk: InstanceType<typeof ELK> | undefined;

export async function layoutElkGraph(graph: ElkNode, signal?: AbortSignal): Promise<ElkNode> {
    signal?.throwIfAborted();
    elk ??= new ELK();
    const result = await elk.layout(graph);
    // The layout itself cannot be interrupted: a caller that gave up meanwhile gets no result.
    signal?.throwIfAborted();
    return result;
}

/** Pays ELK's start-up cost ahead of the first real layout, e.g. when a preview opens. */
export async function warmUpLayout(): Promise<void> {
    await layoutElkGraph({
        id: 'warm-up',
        layoutOptions: { 'elk.algorithm': 'layered' },
        children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }],
        edges: [{ id: 'e', sources: ['a'], targets: ['b'] }]
    });
}
