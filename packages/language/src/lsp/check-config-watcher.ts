import { isAbsolute } from 'node:path';
import { DocumentState, URI, UriUtils, type FileSystemProvider } from 'langium';
import { CONFIG_FILE_NAME, defaultCheckConfig, parseCheckConfig, type CheckConfig } from '../config/check-config.js';
import type { JourneyServices } from '../journey-module.js';

export interface ConfigReadResult {
    readonly config: CheckConfig;
    /** Why a config file that exists could not be used, for the user to see. */
    readonly problem?: string;
}

/**
 * Reads the check configuration: `configFile` if it is an absolute path, else the first file of that name
 * (by default `journey.config.json`) at the root of a workspace folder; the defaults when there is none.
 */
export async function readWorkspaceCheckConfig(fileSystem: FileSystemProvider, folders: readonly URI[], configFile = CONFIG_FILE_NAME): Promise<ConfigReadResult> {
    const candidates = isAbsolute(configFile) ? [URI.file(configFile)] : folders.map(folder => UriUtils.joinPath(folder, configFile));
    for (const uri of candidates) {
        let text: string;
        try {
            text = await fileSystem.readFile(uri);
        } catch {
            continue;
        }
        const parsed = parseCheckConfig(text);
        return 'error' in parsed
            ? { config: defaultCheckConfig, problem: `${uri.fsPath}: ${parsed.error}; the default checks apply.` }
            : { config: parsed.config };
    }
    return { config: defaultCheckConfig };
}

/**
 * Puts a check configuration in force and brings every document to validated under it: those already
 * validated are validated again, and those a cancelled build left behind (this write may cancel the
 * workspace's first build) are built to the end.
 */
export async function applyCheckConfig(services: JourneyServices, config: CheckConfig): Promise<void> {
    const { LangiumDocuments, DocumentBuilder, WorkspaceLock } = services.shared.workspace;
    services.settings.CheckConfig.set(config);
    await WorkspaceLock.write(async token => {
        const documents = LangiumDocuments.all.toArray();
        documents.filter(document => document.state >= DocumentState.Validated)
            .forEach(document => DocumentBuilder.resetToState(document, DocumentState.IndexedReferences));
        await DocumentBuilder.build(documents, { validation: true }, token);
    });
}

/** The editor setting (`journey.configFile`) naming the check configuration. */
const settingsSection = 'journey';

/**
 * In the language server: reads the workspace's check configuration (`journey.config.json`, or the file the
 * `journey.configFile` setting names) at start-up and again whenever the file or the setting changes, so
 * that the editor shows the same findings as `journey check`.
 */
export function watchCheckConfig(services: JourneyServices): void {
    const { LanguageServer, DocumentUpdateHandler, Connection } = services.shared.lsp;
    const { ConfigurationProvider, FileSystemProvider } = services.shared.workspace;
    let folders: URI[] = [];
    let configFile = CONFIG_FILE_NAME;
    const reload = async () => {
        const setting: unknown = await ConfigurationProvider.getConfiguration(settingsSection, 'configFile');
        configFile = typeof setting === 'string' && setting.trim() !== '' ? setting : CONFIG_FILE_NAME;
        const { config, problem } = await readWorkspaceCheckConfig(FileSystemProvider, folders, configFile);
        if (problem) {
            void Connection?.window.showWarningMessage(problem);
        }
        await applyCheckConfig(services, config);
    };
    LanguageServer.onInitialize(params => {
        folders = (params.workspaceFolders ?? []).map(folder => URI.parse(folder.uri));
    });
    LanguageServer.onInitialized(() => { void reload(); });
    DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (params.changes.some(change => UriUtils.basename(URI.parse(change.uri)) === UriUtils.basename(URI.file(configFile)))) {
            void reload();
        }
    });
    ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === settingsSection) {
            void reload();
        }
    });
}
