// The extension's entry point in VS Code for the Web (vscode.dev, github.dev; bundled to dist/web/extension.js, the
// manifest's `browser`): the same extension as main.ts, with the language server in a web worker
// (dist/web/language-server.js) that reads the workspace's files through this client.
import { Uri, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { CLIENT_NAME, journeyClientOptions, SETTINGS_SECTION } from '../client-options.js';
import { startExtension, type JourneyExtensionApi } from '../start-extension.js';
import { serveWorkspaceFiles } from './workspace-files.js';

export { deactivate } from '../start-extension.js';

/** The web extension host's Worker (this package's type check has no DOM library). */
declare const Worker: new (scriptUrl: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: ExtensionContext): Promise<JourneyExtensionApi> {
    const serverUrl = Uri.joinPath(context.extensionUri, 'dist', 'web', 'language-server.js').toString(true);
    const worker = new Worker(serverUrl, { name: 'Journey Maps language server' });
    // Every scheme: the web's workspaces are virtual (vscode-vfs for github.dev, the browser's own files on vscode.dev).
    const client = new LanguageClient(SETTINGS_SECTION, CLIENT_NAME, journeyClientOptions(context, [{ language: SETTINGS_SECTION }]), worker);
    serveWorkspaceFiles(client);
    return startExtension(context, client);
}
