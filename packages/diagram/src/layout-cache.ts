import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { layoutElkGraph } from './layout/elk-engine.js';

/**
 * The last few ELK layouts, keyed by everything ELK reads (the graph's options, box ids and sizes, edges and their
 * label sizes). A long-lived process (the language server's preview) keeps one: an edit that changes no size and
 * no edge, such as a keystroke in a title that keeps its line count, re-draws without laying out again. ELK is
 * deterministic, so a reused layout is the one it would compute.
 */
export class LayoutCache {
    private readonly layouts = new Map<string, ElkNode>();
    /** How many layouts were computed and how many reused: the preview's log and its tests read them. */
    readonly counts = { computed: 0, reused: 0 };

    constructor(private readonly capacity = 4) {}

    async layout(graph: ElkNode, signal?: AbortSignal): Promise<ElkNode> {
        const key = JSON.stringify(graph);
        const cached = this.layouts.get(key);
        if (cached) {
            // Most recently used last, so that the oldest is the first to go.
            this.layouts.delete(key);
            this.layouts.set(key, cached);
            this.counts.reused++;
            signal?.throwIfAborted();
            return cached;
        }
        const layout = await layoutElkGraph(graph, signal);
        this.counts.computed++;
        this.layouts.set(key, layout);
        if (this.layouts.size > this.capacity) {
            this.layouts.delete(this.layouts.keys().next().value!);
        }
        return layout;
    }
}
