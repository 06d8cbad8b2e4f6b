// Stands in for vscode-languageserver-protocol in the CLI's bundle, for Langium's document builder only (see
// build-options.mjs). The builder takes two names from the protocol package, for the errors with which its
// `waitUntil` rejects, a call only a language server's requests make. Importing the package runs all of it
// and vscode-jsonrpc's Node transport, which loads net, child_process and crypto: work at every start of
// `journey check` that nothing uses.
export { ResponseError } from 'vscode-jsonrpc/lib/common/messages.js';

/** The error codes the builder uses, with the values the Language Server Protocol 3.17 gives them. */
export const LSPErrorCodes = {
    RequestFailed: -32803,
    ServerCancelled: -32802
} as const;
