// The web worker's diagram renderer: the worker is already off the editor's thread, so jobs run in it, one render
// per request (a newer request aborts the older through `signal`). No PNG: the rasteriser's files are not fetched.
import { LayoutCache, warmUpLayout } from '@journey-maps/diagram';
import { RenderAborted, type DiagramRenderer } from './diagram-renderer.js';
import { renderJob } from './render-job.js';

export function inProcessRenderer(): DiagramRenderer {
    const layoutCache = new LayoutCache();
    return {
        warmUp: () => void warmUpLayout(),
        async render(job, signal) {
            if (signal.aborted) throw new RenderAborted();
            return renderJob(job, layoutCache, undefined, signal);
        }
    };
}
