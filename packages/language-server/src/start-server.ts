// What every build of the journey language server runs once it has a connection, a file system and a diagram
// renderer: the journey language's services, the diagram requests, and Langium's LSP handlers. The Node main (stdio,
// IPC, socket; files from disk; diagrams in a worker thread) and the web worker main (messages; files from the
// editor's workspace; diagrams in the worker itself) differ only in those three.
import { createJourneyServices } from '@journey-maps/language';
import type { FileSystemProvider } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { DiagramRenderer } from './diagram-renderer.js';
import { registerDiagramRequests } from './diagram-requests.js';

export interface ServerEnvironment {
    readonly connection: Connection;
    readonly fileSystemProvider: () => FileSystemProvider;
    readonly renderer: DiagramRenderer;
}

export function startJourneyServer({ connection, fileSystemProvider, renderer }: ServerEnvironment): void {
    const { shared } = createJourneyServices({ connection, fileSystemProvider });
    registerDiagramRequests(connection, shared, renderer);
    startLanguageServer(shared);
}
