import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { CLIENT_NAME, journeyClientOptions, SETTINGS_SECTION } from './client-options.js';

/**
 * A language client for the bundled language server (dist/language-server.cjs), started over IPC. The server reads
 * the workspace's files from disk itself.
 */
export function createLanguageClient(context: ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('dist', 'language-server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const documentSelector = [{ scheme: 'file', language: SETTINGS_SECTION }, { scheme: 'untitled', language: SETTINGS_SECTION }];
    return new LanguageClient(SETTINGS_SECTION, CLIENT_NAME, serverOptions, journeyClientOptions(context, documentSelector));
}
