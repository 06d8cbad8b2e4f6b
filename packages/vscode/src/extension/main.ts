// The extension's entry point (bundled to dist/extension.cjs): starts the Journey Maps language server and
// registers the diagram preview and its exports.
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { createLanguageClient } from './language-client.js';
import { registerExportCommands } from './preview/export-diagram.js';
import { PreviewManager } from './preview/preview-manager.js';

let client: LanguageClient | undefined;

/** What the extension hands to other extensions and to the editor suite. */
export interface JourneyExtensionApi {
    readonly previews: PreviewManager;
}

export async function activate(context: ExtensionContext): Promise<JourneyExtensionApi> {
    client = createLanguageClient(context);
    const previews = new PreviewManager(context, client);
    registerExportCommands(context, client, uri => previews.targetDocument(uri), document => previews.panelOf(document.uri)?.state().options);
    await client.start();
    return { previews };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
