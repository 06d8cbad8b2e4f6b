import type { JourneyModel } from '@journey-maps/language/model';
import { buildGraph } from './graph/build-graph.js';
import { elkGraph } from './layout/elk-graph.js';
import { layoutElkGraph } from './layout/elk-engine.js';
import type { LayoutCache } from './layout-cache.js';
import { placeDiagram } from './layout/place-diagram.js';
import type { PositionedDiagram } from './layout/positioned-diagram.js';
import { dimensions } from './layout/dimensions.js';
import { drawnLanes } from './layout/lane-items.js';
import { resolveOptions, type DiagramOptions, type Direction, type Lane } from './options.js';
import { embedFont, warmUpFontEmbedding } from './svg/embedded-font.js';
import { renderSvg, type SvgOptions } from './svg/render-svg.js';

export interface RenderOptions extends DiagramOptions, SvgOptions {
    /** Abort to drop the result, e.g. when a newer version of the map is on its way. */
    readonly signal?: AbortSignal;
    /**
     * Whether the SVG carries the subset of Inter it shows (default true). A PNG does not need it: the
     * rasteriser has the font files.
     */
    readonly embedFont?: boolean;
    /** Reuses the layout of an earlier render whose graph had the same sizes and edges (see `LayoutCache`). */
    readonly layoutCache?: LayoutCache;
}

/** journey model -> diagram graph -> ELK layout -> placed diagram. */
export async function layoutDiagram(model: JourneyModel, options: RenderOptions = {}): Promise<PositionedDiagram> {
    const graph = buildGraph(model, resolveOptions(options));
    const input = elkGraph(graph);
    const layout = await (options.layoutCache ? options.layoutCache.layout(input, options.signal) : layoutElkGraph(input, options.signal));
    return placeDiagram(graph, layout);
}

/** An SVG document and the optional lanes it draws (`drawnLanes`). */
export interface DrawnDiagram {
    readonly svg: string;
    readonly lanes: readonly Lane[];
}

/** journey model -> SVG document, with the lanes it draws. */
export async function drawDiagram(model: JourneyModel, options: RenderOptions = {}): Promise<DrawnDiagram> {
    if (options.embedFont !== false) {
        warmUpFontEmbedding();
    }
    const diagram = await layoutDiagram(model, options);
    const svg = renderSvg(diagram, options);
    return { svg: options.embedFont === false ? svg : await embedFont(svg), lanes: drawnLanes(diagram.graph) };
}

/** journey model -> SVG document. */
export async function renderDiagram(model: JourneyModel, options: RenderOptions = {}): Promise<string> {
    return (await drawDiagram(model, options)).svg;
}

/**
 * `right` when its picture would fit `pageWidth`, or be no wider than `down` can be (1,600 px); else `down`.
 * The width of `right` is told from its columns, without a layout: a column per box, each box and a column gap.
 */
export function directionForWidth(model: JourneyModel, options: DiagramOptions, pageWidth: number): Direction {
    const graph = buildGraph(model, resolveOptions({ ...options, direction: 'right' }));
    const columns = graph.boxes.reduce((sum, box) => sum + box.width + dimensions.columnGap, 0);
    return 2 * dimensions.margin + dimensions.gutter + columns <= Math.max(pageWidth, dimensions.maxDownWidth) ? 'right' : 'down';
}
