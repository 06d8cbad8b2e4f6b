// One preview panel: the webview showing one map's diagram, kept in step with the document (renders requested
// from the language server, the first at once and later ones debounced; answers for older requests dropped),
// and the way back from a clicked element to its source.
import {
    type Disposable, EventEmitter, Range, Selection, TextEditorRevealType, Uri, ViewColumn, window, type TextDocument, type WebviewPanel
} from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DiagramRequest, type DiagramParams, type DiagramResult, type Response } from '@journey-maps/language-server/protocol';
import type { FromWebview, Position, PreviewDiagram, PreviewOptions, PreviewState, ToWebview } from '../../protocol/webview.js';
import { diagramTheme } from '../diagram-theme.js';
import { previewHtml } from './preview-html.js';
import { RenderScheduler } from './render-scheduler.js';
import { parseFromWebview } from './webview-messages.js';

export const PREVIEW_VIEW_TYPE = 'journey.preview';
/** After the last keystroke of a run, before the map is redrawn. */
const EDIT_DEBOUNCE_MS = 250;

export class PreviewPanel {
    private readonly scheduler = new RenderScheduler(EDIT_DEBOUNCE_MS, () => void this.render());
    private readonly disposables: Disposable[] = [];
    private readonly disposeListeners: (() => void)[] = [];
    /** Requests are numbered; an answer is shown only if no later request has been answered first. */
    private requested = 0;
    private shown = 0;
    private posted: PreviewDiagram | undefined;
    private onScreen: PreviewDiagram | undefined;
    private readonly rendered = new EventEmitter<PreviewDiagram>();
    /** A diagram is on screen in the webview (it acknowledged it). */
    readonly onDidRender = this.rendered.event;

    constructor(
        readonly panel: WebviewPanel,
        private document: TextDocument,
        private locked: boolean,
        private options: PreviewOptions,
        private readonly client: LanguageClient,
        extensionUri: Uri
    ) {
        const media = Uri.joinPath(extensionUri, 'media');
        const bundle = Uri.joinPath(extensionUri, 'dist', 'webview');
        // The webview may load its stylesheet, its script bundle and the diagram's fonts, nothing else.
        panel.webview.options = { enableScripts: true, localResourceRoots: [media, bundle, Uri.joinPath(extensionUri, 'dist', 'fonts')] };
        panel.iconPath = Uri.joinPath(extensionUri, 'images', 'journey-file.svg');
        this.disposables.push(
            panel.webview.onDidReceiveMessage(message => this.receive(message)),
            panel.onDidDispose(() => this.dispose())
        );
        panel.webview.html = previewHtml({
            cspSource: panel.webview.cspSource,
            styleUri: panel.webview.asWebviewUri(Uri.joinPath(media, 'preview.css')).toString(),
            scriptUri: panel.webview.asWebviewUri(Uri.joinPath(bundle, 'preview.js')).toString()
        });
        this.updateTitle();
    }

    get uri(): Uri {
        return this.document.uri;
    }

    get isLocked(): boolean {
        return this.locked;
    }

    /** The diagram the webview last acknowledged showing. */
    get diagram(): PreviewDiagram | undefined {
        return this.onScreen;
    }

    state(): PreviewState {
        return { uri: this.document.uri.toString(), locked: this.locked, options: this.options };
    }

    onDidDispose(listener: () => void): void {
        this.disposeListeners.push(listener);
    }

    /** Shows another map (the panel follows the active editor unless locked). */
    show(document: TextDocument): void {
        if (document.uri.toString() === this.document.uri.toString()) return;
        this.document = document;
        this.updateTitle();
        this.scheduler.now();
    }

    toggleLock(): void {
        this.locked = !this.locked;
        this.updateTitle();
        this.scheduler.now();
    }

    /** The document changed: redraw after the run of edits. */
    edited(): void {
        this.scheduler.later();
    }

    /** The editor theme changed: redraw with the matching palette. */
    restyle(): void {
        this.scheduler.now();
    }

    highlight(position: Position): void {
        this.post({ type: 'highlight', position });
    }

    dispose(): void {
        this.scheduler.cancel();
        this.rendered.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
        for (const listener of this.disposeListeners.splice(0)) listener();
        this.panel.dispose();
    }

    private updateTitle(): void {
        const name = this.document.uri.path.split('/').pop() ?? '';
        this.panel.title = this.locked ? `[Preview] ${name}` : `Preview ${name}`;
    }

    private async render(): Promise<void> {
        const request = ++this.requested;
        const params: DiagramParams = {
            uri: this.client.code2ProtocolConverter.asUri(this.document.uri),
            version: this.document.version,
            options: this.options,
            theme: diagramTheme()
        };
        const response = await this.client.sendRequest(DiagramRequest, params).catch((error: unknown) => failed(error));
        if (request < this.shown || params.uri !== this.client.code2ProtocolConverter.asUri(this.document.uri)) return;
        if ('result' in response) {
            this.shown = request;
            this.posted = response.result;
            this.post({ type: 'render', diagram: response.result, state: this.state() });
        } else if (response.error.kind !== 'stale') {
            this.shown = request;
            this.post({ type: 'error', uri: params.uri, version: params.version, message: response.error.message, range: response.error.range });
        }
    }

    /** Where the webview's messages arrive: validated here before anything acts on them. */
    receive(raw: unknown): void {
        const message: FromWebview | undefined = parseFromWebview(raw, this.posted?.lanes ?? []);
        if (!message) return;
        switch (message.type) {
            case 'ready':
                this.scheduler.now();
                break;
            case 'rendered':
                if (this.posted?.version === message.version) {
                    this.onScreen = this.posted;
                    this.rendered.fire(this.posted);
                }
                break;
            case 'reveal':
                void this.reveal(message.range);
                break;
            case 'options':
                this.options = message.options;
                this.scheduler.now();
                break;
        }
    }

    /** Selects `range` in the map's editor, if it lies inside the document (the webview's word is not trusted). */
    private async reveal(range: { start: Position; end: Position }): Promise<void> {
        const target = new Range(range.start.line, range.start.character, range.end.line, range.end.character);
        if (!this.document.validateRange(target).isEqual(target)) return;
        const column = window.visibleTextEditors.find(editor => editor.document === this.document)?.viewColumn ?? ViewColumn.One;
        const editor = await window.showTextDocument(this.document, { viewColumn: column, preserveFocus: false });
        editor.selection = new Selection(target.start, target.end);
        editor.revealRange(target, TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private post(message: ToWebview): void {
        void this.panel.webview.postMessage(message);
    }
}

function failed(error: unknown): Response<DiagramResult> {
    return { error: { kind: 'failed', message: `The language server did not answer: ${error instanceof Error ? error.message : String(error)}` } };
}
