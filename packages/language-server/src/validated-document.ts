import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * How long a request for a version the server has not received yet waits for its edit: the client sends its
 * edits before the requests that follow them, so a version still missing after this never comes.
 */
export const missingVersionWaitMs = 2000;

/**
 * The document at `uri` once it is validated at `version` or later; `undefined` if the server does not know the
 * document or the request is cancelled first. A request can arrive before the workspace is loaded, or before the
 * edit it follows has been built: it then waits for the document's next validation. A document left unvalidated
 * once the builds are done (a build cancelled by a later one that did not include it) is validated here. A version
 * whose edit has not arrived within `missingVersionWaitMs` gets the document as it is (older than asked for).
 */
export async function validatedDocument(shared: LangiumSharedServices, uri: string, version: number, token: CancellationToken): Promise<LangiumDocument | undefined> {
    const { DocumentBuilder, LangiumDocuments, TextDocuments, WorkspaceLock, WorkspaceManager } = shared.workspace;
    const parsed = URI.parse(uri);
    const giveUpAt = performance.now() + missingVersionWaitMs;
    // Updates that arrived before the workspace was loaded are queued once it is: after this, in order.
    await WorkspaceManager.ready;
    while (!token.isCancellationRequested) {
        // A read runs once the builds asked for before it are done.
        const document = await WorkspaceLock.read(() => LangiumDocuments.getDocument(parsed));
        if (!document) {
            return undefined;
        }
        if (document.textDocument.version >= version) {
            if (document.state >= DocumentState.Validated) {
                return document;
            }
            await WorkspaceLock.write(cancel => DocumentBuilder.build([document], { validation: true }, cancel));
        } else if ((TextDocuments.get(uri)?.version ?? -1) >= version) {
            // The edit has arrived; its build is under way.
            await nextValidation(shared, parsed, token);
        } else if (performance.now() < giveUpAt) {
            await nextValidation(shared, parsed, token, giveUpAt - performance.now());
        } else {
            return document;
        }
    }
    return undefined;
}

/** Resolves at the document's next validation, when `token` is cancelled, or after `timeoutMs`. */
function nextValidation(shared: LangiumSharedServices, uri: URI, token: CancellationToken, timeoutMs?: number): Promise<void> {
    return new Promise(resolve => {
        const done = () => {
            listener.dispose();
            cancelled.dispose();
            clearTimeout(timer);
            resolve();
        };
        const listener = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() === uri.toString()) done();
        });
        const cancelled = token.onCancellationRequested(done);
        const timer = timeoutMs === undefined ? undefined : setTimeout(done, timeoutMs);
    });
}
