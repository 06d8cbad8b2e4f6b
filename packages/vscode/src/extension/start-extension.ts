// What the desktop entry (main.ts) and the web entry (web/browser-main.ts) share once each has its language client:
// the diagram preview and its exports, and the client started and stopped.
import type { ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerExportCommands } from './preview/export-diagram.js';
import { PreviewManager } from './preview/preview-manager.js';

let client: BaseLanguageClient | undefined;

/** What the extension hands to other extensions and to the editor suite. */
export interface JourneyExtensionApi {
    readonly previews: PreviewManager;
}

export async function startExtension(context: ExtensionContext, languageClient: BaseLanguageClient): Promise<JourneyExtensionApi> {
    client = languageClient;
    const previews = new PreviewManager(context, client);
    registerExportCommands(context, client, uri => previews.targetDocument(uri), document => previews.panelOf(document.uri)?.state().options);
    await client.start();
    return { previews };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
