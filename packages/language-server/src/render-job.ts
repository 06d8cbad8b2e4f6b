// One diagram job, the same wherever it runs: in the diagram's worker thread (render-worker.ts, the Node server) or
// in the web worker's own thread (in-process-renderer.ts). The journey model is plain data, so a job travels as JSON.
import { drawDiagram, svgToPng, type Lane, type LayoutCache, type PngResources, type RenderOptions } from '@journey-maps/diagram';
import type { JourneyModel } from '@journey-maps/language/model';

export interface RenderJob {
    readonly model: JourneyModel;
    readonly options: Omit<RenderOptions, 'signal' | 'layoutCache'>;
    readonly png: boolean;
}

export interface Rendered {
    readonly svg: string;
    readonly png?: Uint8Array;
    /** The optional lanes the SVG draws (a preview offers a toggle for each). */
    readonly lanes: readonly Lane[];
}

const NO_PNG = 'PNG export is not available in VS Code for the Web; export SVG, or use the desktop VS Code or `journey render map.journey -o map.png`.';

/**
 * The job's SVG with the lanes it draws, and its PNG when asked; `pngResources` (the rasteriser's WebAssembly and fonts) is absent where
 * the build has none, and a PNG job then fails saying why. Keystrokes that change no box size and no edge (most of
 * them) re-draw from `layoutCache` without laying out again.
 */
export async function renderJob({ model, options, png }: RenderJob, layoutCache: LayoutCache, pngResources?: () => Promise<PngResources>, signal?: AbortSignal): Promise<Rendered> {
    if (png && !pngResources) throw new Error(NO_PNG);
    const { svg, lanes } = await drawDiagram(model, { ...options, layoutCache, signal });
    return png && pngResources ? { svg, lanes, png: await svgToPng(svg, pngResources()) } : { svg, lanes };
}
