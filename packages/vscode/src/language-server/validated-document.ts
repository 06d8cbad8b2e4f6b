import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * The document at `uri` once it is validated at `version` or later: `undefined` when there is no such document.
 * A request can arrive before the edit it follows has been built; it then waits for the next builds.
 */
export async function validatedDocument(shared: LangiumSharedCoreServices, uri: string, version: number, token: CancellationToken): Promise<LangiumDocument | undefined> {
    const { DocumentBuilder, LangiumDocuments } = shared.workspace;
    const parsed = URI.parse(uri);
    for (;;) {
        await DocumentBuilder.waitUntil(DocumentState.Validated, parsed, token);
        const document = LangiumDocuments.getDocument(parsed);
        if (!document || document.textDocument.version >= version) {
            return document;
        }
        await nextValidation(shared, parsed, token);
    }
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
