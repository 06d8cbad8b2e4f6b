// The diagram requests, answered in the long-lived server with packages/diagram: the map's SVG for a document
// version (`journey/diagram`), an export of it (`journey/export`), the SVG of a journey written inside another
// document (`journey/blockDiagram`), and ELK warmed up when a preview opens.
import { type Document, type JourneyModel } from '@journey-maps/language';
import {
    lanes, renderDiagram, svgToPng, warmUpLayout, type Lane as DiagramLane, type PngResources, type RenderOptions, type ThemeName as DiagramThemeName
} from '@journey-maps/diagram';
import { type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationTokenSource, type CancellationToken, type Connection } from 'vscode-languageserver';
import {
    BlockDiagramRequest, DiagramRequest, ExportRequest, WarmUpNotification, type DiagramParams, type DiagramResult, type ExportParams, type Response, type ThemeName
} from './protocol/lsp.js';
import { blockDiagram } from './block-diagram.js';
import { drawableJourney, failure } from './drawable-journey.js';
import type { Lane } from './protocol/diagram.js';
import { validatedDocument } from './validated-document.js';

// The protocol spells the lanes and palettes out itself, so that the host and the webview need not load the diagram
// package; these fail to compile here, in the server, as soon as the two differ either way (a lane or palette
// renamed, added or removed on one side only).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<Lane, DiagramLane>;
true satisfies Same<ThemeName, DiagramThemeName>;

const NO_PNG = 'PNG export is not available in VS Code for the Web; export SVG, or use the desktop VS Code or `journey render map.journey -o map.png`.';

/**
 * `pngResources` loads the rasteriser's WebAssembly and fonts on the first PNG export (from disk in Node:
 * `nodePngResources`); without it (the web worker) an export to PNG answers why not.
 */
export function registerDiagramRequests(connection: Connection, shared: LangiumSharedCoreServices, pngResources?: () => Promise<PngResources>): void {
    /**
     * Per purpose and map, the render under way: a newer request aborts it, so an old layout never answers after a
     * newer one (and an export leaves the preview's render alone).
     */
    const rendering = new Map<string, AbortController>();

    const render = async (purpose: string, params: DiagramParams | ExportParams, options: RenderOptions, token: CancellationToken): Promise<Response<{ svg: string; model: JourneyModel }>> => {
        const key = `${purpose} ${params.uri}`;
        rendering.get(key)?.abort();
        const controller = new AbortController();
        rendering.set(key, controller);
        // Waiting for the document ends when the client cancels or a newer request takes over.
        const waiting = new CancellationTokenSource();
        const cancelled = token.onCancellationRequested(() => controller.abort());
        controller.signal.addEventListener('abort', () => waiting.cancel());
        try {
            const document = await validatedDocument(shared, params.uri, params.version, waiting.token) as LangiumDocument<Document> | undefined;
            if (!document && !controller.signal.aborted) {
                return failure('failed', `${params.uri} is not open in the language server`);
            }
            if (!document || document.textDocument.version !== params.version || controller.signal.aborted) {
                return failure('stale', `version ${params.version} is out of date`);
            }
            const model = drawableJourney(document, 'file');
            if ('error' in model) {
                return model;
            }
            const svg = await renderDiagram(model.result, { ...params.options, ...options, signal: controller.signal });
            return { result: { svg, model: model.result } };
        } catch (error) {
            if (controller.signal.aborted) {
                return failure('stale', `version ${params.version} is out of date`);
            }
            return failure('failed', error instanceof Error ? error.message : String(error));
        } finally {
            cancelled.dispose();
            waiting.dispose();
            if (rendering.get(key) === controller) rendering.delete(key);
        }
    };

    connection.onRequest(DiagramRequest, async (params, token): Promise<Response<DiagramResult>> => {
        // The preview's page has Inter itself (see preview-html.ts): no font subset to make on every keystroke.
        const rendered = await render('preview', params, { theme: params.theme, colours: 'variables', embedFont: false }, token);
        if ('error' in rendered) return rendered;
        const personas = rendered.result.model.personas.map(({ name, title }) => ({ name, title }));
        return { result: { version: params.version, svg: rendered.result.svg, personas, lanes } };
    });

    connection.onRequest(ExportRequest, async (params, token) => {
        if (params.format === 'png' && !pngResources) return failure('failed', NO_PNG);
        const rendered = await render(`export ${params.format}`, params, { theme: 'light', colours: params.format === 'png' ? 'fixed' : 'variables', embedFont: params.format === 'svg' }, token);
        if ('error' in rendered) return rendered;
        try {
            const bytes = params.format === 'png' && pngResources ? await svgToPng(rendered.result.svg, pngResources()) : new TextEncoder().encode(rendered.result.svg);
            return { result: { base64: toBase64(bytes) } };
        } catch (error) {
            return failure('failed', error instanceof Error ? error.message : String(error));
        }
    });

    connection.onRequest(BlockDiagramRequest, async params => {
        try {
            return await blockDiagram(shared, params);
        } catch (error) {
            return failure('failed', error instanceof Error ? error.message : String(error));
        }
    });

    connection.onNotification(WarmUpNotification, () => warmUpLayout());
}

/** Base64 without Node's Buffer (the web worker has none); in slices, as `String.fromCharCode` takes so many arguments. */
function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return btoa(binary);
}
