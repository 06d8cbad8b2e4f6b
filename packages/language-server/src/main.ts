// The journey language server: the journey language's services on an LSP connection over the transport the client
// chose (`--stdio` from any editor and the benchmark, `--node-ipc` from VS Code, `--socket=<port>`), and the diagram
// requests. Bundled twice from this one file: dist/journey-language-server.cjs (the `journey-language-server`
// command) and the VS Code extension's dist/language-server.cjs. web/worker-main.ts is its web worker counterpart.
import { nodePngResources } from '@journey-maps/diagram';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startJourneyServer } from './start-server.js';

startJourneyServer({ connection: createConnection(ProposedFeatures.all), ...NodeFileSystem, pngResources: nodePngResources });
