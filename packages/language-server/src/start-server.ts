// What every build of the journey language server runs once it has a connection and a file system: the journey
// language's services, the diagram requests, and Langium's LSP handlers. The Node main (stdio, IPC, socket; files
// from disk) and the web worker main (messages; files from the editor's workspace) differ only in those two.
import { createJourneyServices } from '@journey-maps/language';
import type { FileSystemProvider } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { PngResources } from '@journey-maps/diagram';
import { registerDiagramRequests } from './diagram-requests.js';

export interface ServerEnvironment {
    readonly connection: Connection;
    readonly fileSystemProvider: () => FileSystemProvider;
    /** The PNG rasteriser's WebAssembly and fonts, where this build has them; an export to PNG answers why not otherwise. */
    readonly pngResources?: () => Promise<PngResources>;
}

export function startJourneyServer({ connection, fileSystemProvider, pngResources }: ServerEnvironment): void {
    const { shared } = createJourneyServices({ connection, fileSystemProvider });
    registerDiagramRequests(connection, shared, pngResources);
    startLanguageServer(shared);
}
