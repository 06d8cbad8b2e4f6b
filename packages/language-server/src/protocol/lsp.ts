// The language server's own LSP messages, beyond the standard ones: the map's diagram (`journey/diagram`), an export
// of it (`journey/export`), the diagram of a journey written inside another document (`journey/blockDiagram`, the
// ```journey blocks of Markdown) and the layout's warm-up (`journey/warmUp`); the VS Code extension uses them, and so can
// // any client (README.md of this package). Types, plus one typed message object per method, which ties the method's
// name to its params and result on both sides.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PreviewDiagram, PreviewOptions, Range } from './diagram.js';

/**
 * The diagram's palettes, spelled out here so that the host need not load packages/diagram; the language server
 * checks at compile time that they are the diagram's `ThemeName`.
 */
export type ThemeName = 'light' | 'dark';

/** A request's answer: a result, or why there is none (never a thrown error). */
export type Response<T> = { readonly result: T } | { readonly error: ResponseError };

export interface ResponseError {
    /** `stale`: a newer version of the map arrived meanwhile; `invalid`: the map has errors; `failed`: anything else. */
    readonly kind: 'stale' | 'invalid' | 'failed';
    readonly message: string;
    /** For `invalid`: where the first error is. */
    readonly range?: Range;
}

export interface DiagramParams {
    readonly uri: string;
    /** The document version the extension saw; the server answers for this version or reports it stale. */
    readonly version: number;
    readonly options: PreviewOptions;
    /** The diagram's own palette, chosen to match the editor's theme (the webview maps the neutral colours to `--vscode-*`). */
    readonly theme: ThemeName;
}

/** The diagram as the webview shows it: the extension forwards it unchanged. */
export type DiagramResult = PreviewDiagram;

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

/** A journey written inside another document, such as a ```journey block of a Markdown file. */
export interface BlockDiagramParams {
    /**
     * The URI of the document holding the block. The block is checked with the workspace's files, so that shared
     * personas, teams and channels resolve, leaving out any file that declares a journey of the same name as the block's.
     */
    readonly uri: string;
    /** The block's text: a journey map, as in a .journey file. An error's range is in this text. */
    readonly text: string;
    readonly theme: ThemeName;
}

/** The block's diagram as SVG with its colours written out (no style sheet of the page needed). */
export interface BlockDiagramResult {
    readonly svg: string;
}

export const BlockDiagramRequest = new RequestType<BlockDiagramParams, Response<BlockDiagramResult>, void>('journey/blockDiagram');

/** Sent when a preview opens: the server lays a tiny graph out so that the first real layout is warm. */
export const WarmUpNotification = new NotificationType<void>('journey/warmUp');

/**
 * The workspace's files as the editor sees them, for a server that cannot read them itself (the web worker of VS
 * Code for the Web): the server asks, the client answers from its workspace file system (`vscode.workspace.fs`).
 * A file or folder that cannot be read answers with an error, as a file system would throw.
 */
export interface WorkspaceEntry {
    readonly uri: string;
    readonly isFile: boolean;
    readonly isDirectory: boolean;
}

export interface WorkspacePathParams {
    readonly uri: string;
}

export const ReadWorkspaceFileRequest = new RequestType<WorkspacePathParams, Response<{ readonly text: string }>, void>('journey/workspace/readFile');

export const StatWorkspaceEntryRequest = new RequestType<WorkspacePathParams, Response<WorkspaceEntry>, void>('journey/workspace/stat');

export const ReadWorkspaceDirectoryRequest = new RequestType<WorkspacePathParams, Response<{ readonly entries: readonly WorkspaceEntry[] }>, void>('journey/workspace/readDirectory');
