// The journey language server in a web worker (VS Code for the Web, bundled into the extension's
// dist/web/language-server.js): the same server as main.ts, on the worker's messages, reading the workspace's
// files through the client, drawing diagrams in the worker itself. No PNG yet: the rasteriser's WebAssembly and
// fonts are not fetched in the worker.
import { warmUpLayout } from '@journey-maps/diagram';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser.js';
import { inProcessRenderer } from '../in-process-renderer.js';
import { messageGuard } from '../message-guard.js';
import { startJourneyServer } from '../start-server.js';
import { WorkspaceFileSystemProvider } from './workspace-file-system.js';

/** The worker's global scope (this package's type check has no DOM library). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

// ELK's layout script, loaded by the first layout, takes the worker's `onmessage` for itself (it expects a worker of
// its own) and would cut the connection off. Loaded first, here, it leaves `onmessage` to the connection below.
void warmUpLayout();

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self), {
    messageStrategy: messageGuard((method, problem) => connection.console.warn(`Ignored a malformed ${method}: ${problem}.`))
});
startJourneyServer({ connection, fileSystemProvider: () => new WorkspaceFileSystemProvider(connection), renderer: inProcessRenderer() });
