// The typed messages at the preview's two boundaries, imported by the language server, the extension and the
// webview alike: the custom LSP requests (extension <-> server) and the postMessage payloads (extension <-> webview).
// The webview imports types only, so none of the LSP runtime ends up in its bundle.
import type { Lane, ThemeName } from '@journey-maps/diagram';
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** 0-based, as in LSP and in the diagram's `data-range` attributes. */
export interface Position {
    readonly line: number;
    readonly character: number;
}

export interface Range {
    readonly start: Position;
    readonly end: Position;
}

/** What the preview's toolbar chooses: the diagram options it passes on to packages/diagram. */
export interface PreviewOptions {
    /** Only these personas (by name); all when empty. */
    readonly personas: readonly string[];
    readonly hideLanes: readonly Lane[];
    readonly compact: boolean;
}

export const defaultPreviewOptions: PreviewOptions = { personas: [], hideLanes: [], compact: false };

export interface PersonaChoice {
    readonly name: string;
    readonly title: string;
}

/** A request's answer: a result, or why there is none (never a thrown error). */
export type Response<T> = { readonly result: T } | { readonly error: ResponseError };

export interface ResponseError {
    /** `stale`: a newer version of the map arrived meanwhile; `invalid`: the map has errors; `failed`: anything else. */
    readonly kind: 'stale' | 'invalid' | 'failed';
    readonly message: string;
    /** For `invalid`: where the first error is. */
    readonly range?: Range;
}

// ---- extension -> language server ----

export interface DiagramParams {
    readonly uri: string;
    /** The document version the extension saw; the server answers for this version or reports it stale. */
    readonly version: number;
    readonly options: PreviewOptions;
    /** The diagram's own palette, chosen to match the editor's theme (the webview maps the neutral colours to `--vscode-*`). */
    readonly theme: ThemeName;
}

export interface DiagramResult {
    readonly version: number;
    /** The SVG with `var(--jm-*)` colours; every element carries `data-id` and `data-range`. */
    readonly svg: string;
    readonly personas: readonly PersonaChoice[];
    readonly lanes: readonly Lane[];
}

export const DiagramRequest = new RequestType<DiagramParams, Response<DiagramResult>, void>('journey/diagram');

export type ExportFormat = 'svg' | 'png';

/** A file on disk stands alone: always the light palette (and fixed colours in a PNG). */
export interface ExportParams extends Omit<DiagramParams, 'theme'> {
    readonly format: ExportFormat;
}

/** The file's bytes, base64-encoded (JSON-RPC carries text only). */
export interface ExportResult {
    readonly base64: string;
}

export const ExportRequest = new RequestType<ExportParams, Response<ExportResult>, void>('journey/export');

/** Sent when a preview opens: the server lays a tiny graph out so that the first real layout is warm. */
export const WarmUpNotification = new NotificationType<void>('journey/warmUp');

// ---- extension <-> webview ----

/** What the webview keeps across reloads (`setState`), and what the panel serializer restores from. */
export interface PreviewState {
    readonly uri: string;
    readonly locked: boolean;
    readonly options: PreviewOptions;
}

export type ToWebview =
    | { readonly type: 'render'; readonly diagram: DiagramResult; readonly state: PreviewState }
    | { readonly type: 'error'; readonly uri: string; readonly version: number; readonly message: string; readonly range?: Range }
    | { readonly type: 'highlight'; readonly position: Position };

export type FromWebview =
    | { readonly type: 'ready' }
    /** The diagram of this version is on screen. */
    | { readonly type: 'rendered'; readonly version: number }
    | { readonly type: 'reveal'; readonly range: Range }
    | { readonly type: 'options'; readonly options: PreviewOptions };
