import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * The document at `uri` once it is validated at `version` or later; `undefined` if the request is cancelled first.
 * A request can arrive before the workspace is loaded, or before the edit it follows has been built: it then waits
 * for the document's next validations.
 */
export async function validatedDocument(shared: LangiumSharedCoreServices, uri: string, version: number, token: CancellationToken): Promise<LangiumDocument | undefined> {
    const parsed = URI.parse(uri);
    while (!token.isCancellationRequested) {
        const document = shared.workspace.LangiumDocuments.getDocument(parsed);
        if (document && document.state >= DocumentState.Validated && document.textDocument.version >= version) {
            return document;
        }
        await nextValidation(shared, parsed, token);
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
