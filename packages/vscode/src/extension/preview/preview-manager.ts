// The preview's commands and lifetime: open (here or to the side), follow the active map unless locked, forward
// edits, cursor moves and theme changes to the panels, and restore panels after a window reload.
import { commands, Uri, ViewColumn, window, workspace, type ExtensionContext, type TextDocument, type WebviewPanel } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { WarmUpNotification } from '@journey-maps/language-server/protocol';
import type { PreviewState } from '../../protocol/webview.js';
import { defaultPreviewOptions, isOptions } from './webview-messages.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview-panel.js';

export const PreviewCommands = {
    open: 'journey.preview.open',
    openToSide: 'journey.preview.openToSide',
    toggleLock: 'journey.preview.toggleLock'
} as const;

export class PreviewManager {
    private readonly panels = new Set<PreviewPanel>();
    private active: PreviewPanel | undefined;

    constructor(private readonly context: ExtensionContext, private readonly client: LanguageClient) {
        context.subscriptions.push(
            commands.registerCommand(PreviewCommands.open, (uri?: Uri) => this.open(uri, ViewColumn.Active)),
            commands.registerCommand(PreviewCommands.openToSide, (uri?: Uri) => this.open(uri, ViewColumn.Beside)),
            commands.registerCommand(PreviewCommands.toggleLock, () => this.toggleLock()),
            window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: (panel, state: unknown) => this.restore(panel, state)
            }),
            window.onDidChangeActiveTextEditor(editor => {
                if (!editor || !isJourneyDocument(editor.document)) return;
                for (const panel of this.panels) if (!panel.isLocked) panel.show(editor.document);
            }),
            workspace.onDidChangeTextDocument(event => {
                if (event.contentChanges.length === 0) return;
                for (const panel of this.panelsOf(event.document)) panel.edited();
            }),
            window.onDidChangeTextEditorSelection(event => {
                for (const panel of this.panelsOf(event.textEditor.document)) panel.highlight(event.selections[0].active);
            }),
            window.onDidChangeActiveColorTheme(() => {
                for (const panel of this.panels) panel.restyle();
            })
        );
    }

    /** The map a command is about: the one it was given, else the active editor's, else the active preview's. */
    targetDocument(uri?: Uri): Thenable<TextDocument> | undefined {
        if (uri) return workspace.openTextDocument(uri);
        const editor = window.activeTextEditor;
        if (editor && isJourneyDocument(editor.document)) return Promise.resolve(editor.document);
        return this.active && workspace.openTextDocument(this.active.uri);
    }

    /** The preview showing `uri`, if any (for tests and exports). */
    panelOf(uri: Uri): PreviewPanel | undefined {
        return [...this.panels].find(panel => panel.uri.toString() === uri.toString());
    }

    /** Opens (or reuses) a preview; resolves with nothing, as the command palette cannot carry a panel. */
    private async open(uri: Uri | undefined, column: ViewColumn): Promise<void> {
        const document = await this.targetDocument(uri);
        if (!document) {
            void window.showInformationMessage('Open a .journey file to preview its map.');
            return;
        }
        const existing = [...this.panels].find(panel => !panel.isLocked || panel.uri.toString() === document.uri.toString());
        if (existing) {
            existing.show(document);
            existing.panel.reveal(column);
            return;
        }
        const panel = window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: true });
        this.adopt(panel, document, { uri: document.uri.toString(), locked: false, options: defaultPreviewOptions });
    }

    private async restore(panel: WebviewPanel, state: unknown): Promise<void> {
        const restored = isState(state) ? state : undefined;
        const document = restored && await workspace.openTextDocument(Uri.parse(restored.uri)).then(found => found, () => undefined);
        if (!restored || !document) {
            panel.dispose();
            return;
        }
        this.adopt(panel, document, restored);
    }

    private adopt(webviewPanel: WebviewPanel, document: TextDocument, state: PreviewState): PreviewPanel {
        void this.client.sendNotification(WarmUpNotification);
        const panel = new PreviewPanel(webviewPanel, document, state.locked, state.options, this.client, this.context.extensionUri);
        this.panels.add(panel);
        this.active = panel;
        webviewPanel.onDidChangeViewState(({ webviewPanel: changed }) => {
            if (changed.active) this.active = panel;
        });
        panel.onDidDispose(() => {
            this.panels.delete(panel);
            if (this.active === panel) this.active = undefined;
        });
        return panel;
    }

    /** Pins the active preview to its map, or lets it follow the active editor again. */
    private toggleLock(): void {
        const panel = this.active;
        if (!panel) return;
        panel.toggleLock();
        const editor = window.activeTextEditor;
        if (!panel.isLocked && editor && isJourneyDocument(editor.document)) panel.show(editor.document);
    }

    private panelsOf(document: TextDocument): PreviewPanel[] {
        return [...this.panels].filter(panel => panel.uri.toString() === document.uri.toString());
    }
}

export function isJourneyDocument(document: TextDocument): boolean {
    return document.languageId === 'journey';
}

function isState(value: unknown): value is PreviewState {
    if (typeof value !== 'object' || value === null) return false;
    const state = value as Record<string, unknown>;
    return typeof state.uri === 'string' && typeof state.locked === 'boolean' && isOptions(state.options);
}
