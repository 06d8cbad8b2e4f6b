// The journey language server: the journey language's services on an LSP connection over the transport the client
// chose (`--stdio` from any editor and the benchmark, `--node-ipc` from VS Code, `--socket=<port>`), and the diagram
// requests. Bundled twice from this one file: dist/journey-language-server.cjs (the `journey-language-server`
// command) and the VS Code extension's dist/language-server.cjs. The same script, run in a worker thread, is the
// diagram's thread (render-worker.ts). web/worker-main.ts is its web worker counterpart.
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { isMainThread, parentPort } from 'node:worker_threads';
import { messageGuard } from './message-guard.js';
import { serveRenderJobs } from './render-worker.js';
import { startJourneyServer } from './start-server.js';
import { threadRenderer } from './thread-renderer.js';

if (isMainThread) {
    const connection = createConnection(ProposedFeatures.all, {
        messageStrategy: messageGuard((method, problem) => connection.console.warn(`Ignored a malformed ${method}: ${problem}.`))
    });
    // A failure in work nobody awaits (a listener of a build, say) is logged; it must not end every feature of the
    // editor with it.
    process.on('unhandledRejection', reason => connection.console.error(`Unexpected failure: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));
    const renderer = threadRenderer(new URL(import.meta.url), message => connection.console.log(message));
    startJourneyServer({ connection, ...NodeFileSystem, renderer });
} else if (parentPort) {
    serveRenderJobs(parentPort);
}
