import { workspace, type ExtensionContext } from 'vscode';
import type { DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';

export const LANGUAGE_ID = 'journey';
// The settings section is the language id: Langium's server asks for exactly that section.
export const SETTINGS_SECTION = LANGUAGE_ID;
export const CLIENT_NAME = 'Journey Maps';

/**
 * What the desktop and the web clients share: the server hears about every `.journey` file and the check
 * configuration changing in the workspace, and reads the `journey` settings.
 */
export function journeyClientOptions(context: ExtensionContext, documentSelector: DocumentSelector): LanguageClientOptions {
    const configFile = workspace.getConfiguration(SETTINGS_SECTION).get<string>('configFile', 'journey.config.json');
    const journeyFiles = workspace.createFileSystemWatcher('**/*.journey');
    const configFiles = workspace.createFileSystemWatcher(`**/${configFile.split(/[\\/]/).pop()}`);
    context.subscriptions.push(journeyFiles, configFiles);
    return {
        documentSelector,
        synchronize: {
            configurationSection: SETTINGS_SECTION,
            fileEvents: [journeyFiles, configFiles]
        }
    };
}
