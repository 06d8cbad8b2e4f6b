import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * The document at `uri` once it is validated at `version` or later; `undefined` if the server does not know the
 * document or the request is cancelled first. A request can arrive before the workspace is loaded, or before the
 * edit it follows has been built: it then waits for the document's next validation. A document left unvalidated once the builds are done (a build cancelled by
 * a later one that did not include it) is validated here.
 */
export async function validatedDocument(shared: LangiumSharedCoreServices, uri: string, version: number, token: CancellationToken): Promise<LangiumDocument | undefined> {
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock, WorkspaceManager } = shared.workspace;
    const parsed = URI.parse(uri);
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
        } else {
            await nextValidation(shared, parsed, token);
        }
    }
    return undefined;
}

function nextValidation(shared: LangiumSharedCoreServices, uri: URI, token: CancellationToken): Promise<void> {
    return new Promise(resolve => {
        const done = () => {
            listener.dispose();
            cancelled.dispose();
            resolve();
        };
        const listener = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() === uri.toString()) done();
        });
        const cancelled = token.onCancellationRequested(done);
    });
}
