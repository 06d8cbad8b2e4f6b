import { DocumentState, URI, UriUtils, type FileSystemProvider } from 'langium';
import { CONFIG_FILE_NAME, defaultCheckConfig, parseCheckConfig, type CheckConfig } from '../config/check-config.js';
import type { JourneyServices } from '../journey-module.js';

export interface ConfigReadResult {
    readonly config: CheckConfig;
    /** Why a config file that exists could not be used, for the user to see. */
    readonly problem?: string;
}

/** Reads the first `journey.config.json` found at the root of the workspace folders, or the defaults. */
export async function readWorkspaceCheckConfig(fileSystem: FileSystemProvider, folders: readonly URI[]): Promise<ConfigReadResult> {
    for (const folder of folders) {
        const uri = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
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

/** Puts a check configuration in force and re-validates every document already validated. */
export async function applyCheckConfig(services: JourneyServices, config: CheckConfig): Promise<void> {
    const { LangiumDocuments, DocumentBuilder, WorkspaceLock } = services.shared.workspace;
    services.settings.CheckConfig.set(config);
    await WorkspaceLock.write(async token => {
        const documents = LangiumDocuments.all.filter(document => document.state >= DocumentState.Validated).toArray();
        documents.forEach(document => DocumentBuilder.resetToState(document, DocumentState.IndexedReferences));
        await DocumentBuilder.build(documents, { validation: true }, token);
    });
}

/**
 * In the language server: reads the workspace's `journey.config.json` at start-up and again whenever it
 * changes, so that the editor shows the same findings as `journey check`.
 */
export function watchCheckConfig(services: JourneyServices): void {
    const { LanguageServer, DocumentUpdateHandler, Connection } = services.shared.lsp;
    let folders: URI[] = [];
    const reload = async () => {
        const { config, problem } = await readWorkspaceCheckConfig(services.shared.workspace.FileSystemProvider, folders);
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
        if (params.changes.some(change => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) {
            void reload();
        }
    });
}
