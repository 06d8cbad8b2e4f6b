// The preview's requests, answered in the long-lived server with packages/diagram: the map's SVG for a document
// version (`journey/diagram`), an export of it (`journey/export`), and ELK warmed up when a preview opens.
import { documentJourneys, type Document, type JourneyModel } from '@journey-maps/language';
import { lanes, renderDiagram, svgToPng, warmUpLayout, type Direction as DiagramDirection, type Lane as DiagramLane, type RenderOptions, type ThemeName as DiagramThemeName } from '@journey-maps/diagram';
import { type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationTokenSource, type CancellationToken, type Connection } from 'vscode-languageserver';
import {
    DiagramRequest, ExportRequest, WarmUpNotification, type DiagramParams, type DiagramResult, type ExportParams, type Response, type ResponseError, type ThemeName
} from './protocol/lsp.js';
import type { Direction, Lane } from './protocol/diagram.js';
import { validatedDocument } from './validated-document.js';

// The protocol spells the lanes, directions and palettes out itself, so that the host and the webview need not load the diagram
// package; these fail to compile here, in the server, as soon as the two differ either way (a lane or palette
// renamed, added or removed on one side only).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<Lane, DiagramLane>;
true satisfies Same<Direction, DiagramDirection>;
true satisfies Same<ThemeName, DiagramThemeName>;

const ERROR_SEVERITY = 1;

export function registerDiagramRequests(connection: Connection, shared: LangiumSharedCoreServices): void {
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
            const firstError = document.diagnostics?.find(diagnostic => diagnostic.severity === ERROR_SEVERITY);
            if (firstError) {
                return { error: { kind: 'invalid', message: firstError.message, range: firstError.range } };
            }
            const [model] = documentJourneys(document.parseResult.value);
            if (!model) {
                return failure('invalid', 'This file holds no journey to draw.');
            }
            const svg = await renderDiagram(model, { ...params.options, ...options, signal: controller.signal });
            return { result: { svg, model } };
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
        const rendered = await render(`export ${params.format}`, params, { theme: 'light', colours: params.format === 'png' ? 'fixed' : 'variables', embedFont: params.format === 'svg' }, token);
        if ('error' in rendered) return rendered;
        const bytes = params.format === 'png' ? svgToPng(rendered.result.svg) : Buffer.from(rendered.result.svg, 'utf8');
        return { result: { base64: bytes.toString('base64') } };
    });

    connection.onNotification(WarmUpNotification, () => warmUpLayout());
}

function failure(kind: ResponseError['kind'], message: string): { error: ResponseError } {
    return { error: { kind, message } };
}
