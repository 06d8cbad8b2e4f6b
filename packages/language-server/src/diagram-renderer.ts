// Where a diagram is drawn, as the diagram requests see it: in a worker thread of the Node server
// (thread-renderer.ts) or in the web worker's own thread (in-process-renderer.ts).
import type { Rendered, RenderJob } from './render-job.js';

export class RenderAborted extends Error {}

export interface DiagramRenderer {
    /** Pays ELK's start-up cost (and the worker's) ahead of the first real layout, e.g. when a preview opens. */
    warmUp(): void;
    /** The SVG (and PNG) of `job`; rejects with `RenderAborted` when `signal` aborts first. */
    render(job: RenderJob, signal: AbortSignal): Promise<Rendered>;
}
