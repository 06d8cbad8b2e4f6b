import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

export const LANGUAGE_ID = 'journey';
// The settings section is the language id: Langium's server asks for exactly that section.
const SETTINGS_SECTION = LANGUAGE_ID;
const CLIENT_NAME = 'Journey Maps';

/**
 * A language client for the bundled language server (dist/language-server.cjs), started over IPC. The server
 * hears about every `.journey` file and the check configuration changing on disk, and reads the
 * `journey` settings.
 */
export function createLanguageClient(context: ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('dist', 'language-server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const configFile = workspace.getConfiguration(SETTINGS_SECTION).get<string>('configFile', 'journey.config.json');
    const journeyFiles = workspace.createFileSystemWatcher('**/*.journey');
    const configFiles = workspace.createFileSystemWatcher(`**/${path.basename(configFile)}`);
    context.subscriptions.push(journeyFiles, configFiles);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: LANGUAGE_ID }, { scheme: 'untitled', language: LANGUAGE_ID }],
        synchronize: {
            configurationSection: SETTINGS_SECTION,
            fileEvents: [journeyFiles, configFiles]
        }
    };
    return new LanguageClient(SETTINGS_SECTION, CLIENT_NAME, serverOptions, clientOptions);
}
