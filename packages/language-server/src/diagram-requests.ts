// The diagram requests, answered in the long-lived server: the map's SVG for a document version (`journey/diagram`),
// an export of it (`journey/export`), the SVG of a journey written inside another document (`journey/blockDiagram`),
// and ELK warmed up when a preview opens. The server checks the params, waits for the version and builds the journey
// model; the renderer (a worker thread in Node, see thread-renderer.ts) lays it out and draws it, so that
// diagnostics never wait for a diagram.
import { type Document } from '@journey-maps/language';
import { type Direction as DiagramDirection, type Lane as DiagramLane, type ThemeName as DiagramThemeName } from '@journey-maps/diagram';
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CancellationTokenSource, type CancellationToken, type Connection } from 'vscode-languageserver';
import { checkDiagramParams, checkExportParams } from './diagram-params.js';
import { RenderAborted, type DiagramRenderer } from './diagram-renderer.js';
import {
    BlockDiagramRequest, DiagramRequest, ExportRequest, WarmUpNotification, type DiagramParams, type DiagramResult, type ExportParams, type ExportResult, type Response,
    type ThemeName
} from './protocol/lsp.js';
import type { Direction, Lane, PreviewDiagram } from './protocol/diagram.js';
import { blockDiagram } from './block-diagram.js';
import { drawableJourney, failure } from './drawable-journey.js';
import type { Rendered, RenderJob } from './render-job.js';
import { validatedDocument } from './validated-document.js';

// The protocol spells the lanes, directions and palettes out itself, so that the host and the webview need not load the diagram
// package; these fail to compile here, in the server, as soon as the two differ either way (a lane or palette
// renamed, added or removed on one side only).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<Lane, DiagramLane>;
true satisfies Same<Direction, DiagramDirection>;
true satisfies Same<ThemeName, DiagramThemeName>;

export function registerDiagramRequests(connection: Connection, shared: LangiumSharedServices, renderer: DiagramRenderer): void {
    /**
     * Per purpose and map, the render under way: a newer request aborts it, so an old layout never answers after a
     * newer one (and an export leaves the preview's render alone).
     */
    const rendering = new Map<string, AbortController>();

    const render = async (purpose: string, params: DiagramParams | ExportParams, options: RenderJob['options'], png: boolean, token: CancellationToken): Promise<Response<Rendered & { personas: DiagramResult['personas']; problem?: PreviewDiagram['problem'] }>> => {
        const key = `${purpose} ${params.uri}`;
        rendering.get(key)?.abort();
        const controller = new AbortController();
        rendering.set(key, controller);
        // Waiting for the document ends when the client cancels or a newer request takes over.
        const waiting = new CancellationTokenSource();
        const cancelled = token.onCancellationRequested(() => controller.abort());
        controller.signal.addEventListener('abort', () => waiting.cancel());
        const stale = () => failure('stale', `version ${params.version} is out of date`);
        try {
            const document = await validatedDocument(shared, params.uri, params.version, waiting.token) as LangiumDocument<Document> | undefined;
            if (!document && !controller.signal.aborted) {
                return failure('failed', `${params.uri} is not open in the language server`);
            }
            if (!document || controller.signal.aborted) {
                return stale();
            }
            if (document.textDocument.version < params.version) {
                return failure('stale', `version ${params.version} never reached the language server (it has version ${document.textDocument.version})`);
            }
            if (document.textDocument.version > params.version) {
                return stale();
            }
            const drawable = drawableJourney(document, 'file');
            if ('error' in drawable) {
                return drawable;
            }
            const { model, problem } = drawable.result;
            const rendered = await renderer.render({ model, options: { ...params.options, ...options }, png }, controller.signal);
            return { result: { ...rendered, personas: model.personas.map(({ name, title }) => ({ name, title })), problem } };
        } catch (error) {
            if (error instanceof RenderAborted || controller.signal.aborted) {
                return stale();
            }
            return failure('failed', error instanceof Error ? error.message : String(error));
        } finally {
            cancelled.dispose();
            waiting.dispose();
            if (rendering.get(key) === controller) rendering.delete(key);
        }
    };

    connection.onRequest(DiagramRequest, async (raw: unknown, token): Promise<Response<DiagramResult>> => {
        const checked = checkDiagramParams(raw);
        if ('error' in checked) return checked;
        const { params } = checked;
        // The preview's page has Inter itself (see preview-html.ts): no font subset to make on every keystroke.
        const rendered = await render('preview', params, { theme: params.theme, colours: 'variables', embedFont: false }, false, token);
        if ('error' in rendered) return rendered;
        const { svg, personas, lanes, problem } = rendered.result;
        return { result: { version: params.version, svg, personas, lanes, problem } };
    });

    connection.onRequest(ExportRequest, async (raw: unknown, token): Promise<Response<ExportResult>> => {
        const checked = checkExportParams(raw);
        if ('error' in checked) return checked;
        const { params } = checked;
        const png = params.format === 'png';
        const rendered = await render(`export ${params.format}`, params, { theme: 'light', colours: png ? 'fixed' : 'variables', embedFont: !png }, png, token);
        if ('error' in rendered) return rendered;
        const bytes = rendered.result.png ?? new TextEncoder().encode(rendered.result.svg);
        return { result: { base64: toBase64(bytes) } };
    });

    connection.onRequest(BlockDiagramRequest, async params => {
        try {
            return await blockDiagram(shared, params);
        } catch (error) {
            return failure('failed', error instanceof Error ? error.message : String(error));
        }
    });

    connection.onNotification(WarmUpNotification, () => renderer.warmUp());
}

/** Base64 without Node's Buffer (the web worker has none); in slices, as `String.fromCharCode` takes so many arguments. */
function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return btoa(binary);
}
