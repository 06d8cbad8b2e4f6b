// The web worker's file system (see the server's web/workspace-file-system.ts): its reads answered from the editor's
// workspace file system, whatever provides it (github.dev's repository, vscode.dev's local folder).
import { FileType, Uri, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadWorkspaceDirectoryRequest, ReadWorkspaceFileRequest, StatWorkspaceEntryRequest, type Response, type WorkspaceEntry } from '@journey-maps/language-server/protocol';

export function serveWorkspaceFiles(client: BaseLanguageClient): void {
    client.onRequest(ReadWorkspaceFileRequest, ({ uri }) => answer(async () => {
        const bytes = await workspace.fs.readFile(Uri.parse(uri));
        return { text: new TextDecoder().decode(bytes) };
    }));
    client.onRequest(ReadWorkspaceDirectoryRequest, ({ uri }) => answer(async () => {
        const folder = Uri.parse(uri);
        const entries = await workspace.fs.readDirectory(folder);
        return { entries: entries.map(([name, type]) => entry(Uri.joinPath(folder, name), type)) };
    }));
    client.onRequest(StatWorkspaceEntryRequest, ({ uri }) => answer(async () => {
        const path = Uri.parse(uri);
        return entry(path, (await workspace.fs.stat(path)).type);
    }));
}

function entry(uri: Uri, type: FileType): WorkspaceEntry {
    return { uri: uri.toString(), isFile: (type & FileType.File) !== 0, isDirectory: (type & FileType.Directory) !== 0 };
}

async function answer<T>(read: () => Promise<T>): Promise<Response<T>> {
    try {
        return { result: await read() };
    } catch (error) {
        return { error: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
}
