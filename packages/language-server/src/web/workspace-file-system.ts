// The file system of a server that cannot read files itself (the web worker of VS Code for the Web): Langium's
// reads go to the client, which answers from the editor's workspace (see the protocol's workspace requests). The
// workspace's maps are then indexed as on the desktop, so names from a file that is not open (personas in
// shared.journey) resolve, and the check configuration is read from the workspace root.
import { EmptyFileSystemProvider, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ReadWorkspaceDirectoryRequest, ReadWorkspaceFileRequest, StatWorkspaceEntryRequest, type Response, type WorkspaceEntry } from '../protocol/lsp.js';

/** Langium's empty file system (nothing exists, nothing synchronous) with the reads Langium makes answered by the client. */
export class WorkspaceFileSystemProvider extends (EmptyFileSystemProvider as new () => FileSystemProvider) {
    constructor(private readonly connection: Connection) {
        super();
    }

    override async readFile(uri: URI): Promise<string> {
        return unwrap(await this.connection.sendRequest(ReadWorkspaceFileRequest, { uri: uri.toString() })).text;
    }

    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const { entries } = unwrap(await this.connection.sendRequest(ReadWorkspaceDirectoryRequest, { uri: uri.toString() }));
        return entries.map(toNode);
    }

    /** Asked when a file the server does not know yet changes (a map added to the workspace, not opened). */
    override async stat(uri: URI): Promise<FileSystemNode> {
        return toNode(unwrap(await this.connection.sendRequest(StatWorkspaceEntryRequest, { uri: uri.toString() })));
    }
}

function toNode(entry: WorkspaceEntry): FileSystemNode {
    return { isFile: entry.isFile, isDirectory: entry.isDirectory, uri: URI.parse(entry.uri) };
}

function unwrap<T>(response: Response<T>): T {
    if ('error' in response) {
        throw new Error(response.error.message);
    }
    return response.result;
}
