// The language server VS Code starts (bundled to dist/language-server.cjs): the journey language's services on
// an LSP connection over the transport the client chose (IPC from the extension, stdio in the benchmark), and
// the preview's diagram requests.
import { createJourneyServices } from '@journey-maps/language';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { registerDiagramRequests } from './diagram-requests.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createJourneyServices({ connection, ...NodeFileSystem });
registerDiagramRequests(connection, shared);
startLanguageServer(shared);
