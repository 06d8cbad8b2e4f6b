// The diagram's thread: ELK layout, SVG and PNG run here, off the server's main thread, so that a big or hostile
// diagram never holds up diagnostics, hover or completion. The server's own bundle runs again in a worker thread
// (main.ts) and serves one job at a time from thread-renderer.ts.
import { LayoutCache, nodePngResources, warmUpLayout } from '@journey-maps/diagram';
import type { MessagePort } from 'node:worker_threads';
import { renderJob, type Rendered, type RenderJob } from './render-job.js';

/**
 * A job travels as JSON: the model is plain data, and JSON.stringify and JSON.parse copy it about ten times faster
 * than the structured clone of postMessage (which would hold the server's thread for 0.3 s on 2,000 touchpoints).
 */
export type RenderMessage = { readonly warmUp: true } | { readonly id: number; readonly job: string };

export type RenderOutcome = Rendered | { readonly error: string };

/** A job's outcome, with the id it was sent with. */
export type RenderAnswer = RenderOutcome & { readonly id: number };

export function serveRenderJobs(port: MessagePort): void {
    const layoutCache = new LayoutCache();
    port.on('message', (message: RenderMessage) => {
        if ('warmUp' in message) {
            void warmUpLayout();
            return;
        }
        const { id } = message;
        void renderJob(JSON.parse(message.job) as RenderJob, layoutCache, nodePngResources).then(
            (outcome): RenderOutcome => outcome,
            (error: unknown): RenderOutcome => ({ error: error instanceof Error ? error.message : String(error) })
        ).then(outcome => port.postMessage({ ...outcome, id } satisfies RenderAnswer));
    });
}
