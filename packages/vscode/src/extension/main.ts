// The extension's entry point (bundled to dist/extension.cjs): starts the Journey Maps language server.
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { createLanguageClient } from './language-client.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    client = createLanguageClient(context);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
