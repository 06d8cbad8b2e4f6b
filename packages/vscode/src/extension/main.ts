// The extension's entry point on the desktop (bundled to dist/extension.cjs): starts the Journey Maps language
// server as a Node process and registers the diagram preview, its exports and the ```journey blocks of Markdown
// previews. web/browser-main.ts is the same for VS Code for the Web.
import type { ExtensionContext } from 'vscode';
import { createLanguageClient } from './language-client.js';
import { startExtension, type JourneyExtensionApi } from './start-extension.js';

export type { JourneyExtensionApi } from './start-extension.js';
export { deactivate } from './start-extension.js';

export function activate(context: ExtensionContext): Promise<JourneyExtensionApi> {
    return startExtension(context, createLanguageClient(context));
}
