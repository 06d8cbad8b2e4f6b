// The diagram's thread: ELK layout, SVG and PNG run here, off the server's main thread, so that a big or hostile
// diagram never holds up diagnostics, hover or completion. The server's own bundle runs again in a worker thread
// (main.ts) and serves one job at a time from diagram-renderer.ts.
import { LayoutCache, renderDiagram, svgToPng, warmUpLayout, type RenderOptions } from '@journey-maps/diagram';
import type { JourneyModel } from '@journey-maps/language/model';
import type { MessagePort } from 'node:worker_threads';

export interface RenderJob {
    readonly model: JourneyModel;
    readonly options: Omit<RenderOptions, 'signal' | 'layoutCache'>;
    readonly png: boolean;
}

/**
 * A job travels as JSON: the model is plain data, and JSON.stringify and JSON.parse copy it about ten times faster
 * than the structured clone of postMessage (which would hold the server's thread for 0.3 s on 2,000 touchpoints).
 */
export type RenderMessage = { readonly warmUp: true } | { readonly id: number; readonly job: string };

export type RenderOutcome = { readonly svg: string; readonly png?: Uint8Array } | { readonly error: string };

/** A job's outcome, with the id it was sent with. */
export type RenderAnswer = RenderOutcome & { readonly id: number };

export function serveRenderJobs(port: MessagePort): void {
    // Keystrokes that change no box size and no edge (most of them) re-draw without laying out again.
    const layoutCache = new LayoutCache();
    port.on('message', (message: RenderMessage) => {
        if ('warmUp' in message) {
            void warmUpLayout();
            return;
        }
        const { id } = message;
        void render(JSON.parse(message.job) as RenderJob, layoutCache).then(outcome => port.postMessage({ ...outcome, id } satisfies RenderAnswer));
    });
}

async function render({ model, options, png }: RenderJob, layoutCache: LayoutCache): Promise<RenderOutcome> {
    try {
        const svg = await renderDiagram(model, { ...options, layoutCache });
        return png ? { svg, png: svgToPng(svg) } : { svg };
    } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}
