// One diagram job, the same wherever it runs: in the diagram's worker thread (render-worker.ts, the Node server) or
// in the web worker's own thread (in-process-renderer.ts). The journey model is plain data, so a job travels as JSON.
import { renderDiagram, svgToPng, type LayoutCache, type PngResources, type RenderOptions } from '@journey-maps/diagram';
import type { JourneyModel } from '@journey-maps/language/model';

export interface RenderJob {
    readonly model: JourneyModel;
    readonly options: Omit<RenderOptions, 'signal' | 'layoutCache'>;
    readonly png: boolean;
}

export interface Rendered {
    readonly svg: string;
    readonly png?: Uint8Array;
}

const NO_PNG = 'PNG export is not available in VS Code for the Web; export SVG, or use the desktop VS Code or `journey render map.journey -o map.png`.';

/**
 * The job's SVG, and its PNG when asked; `pngResources` (the rasteriser's WebAssembly and fonts) is absent where
 * the build has none, and a PNG job then fails saying why. Keystrokes that change no box size and no edge (most of
 * them) re-draw from `layoutCache` without laying out again.
 */
export async function renderJob({ model, options, png }: RenderJob, layoutCache: LayoutCache, pngResources?: () => Promise<PngResources>, signal?: AbortSignal): Promise<Rendered> {
    if (png && !pngResources) throw new Error(NO_PNG);
    const svg = await renderDiagram(model, { ...options, layoutCache, signal });
    return png && pngResources ? { svg, png: await svgToPng(svg, pngResources()) } : { svg };
}
