import { URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JourneyCoreServices } from '../journey-core-module.js';
import { JourneyFormatter } from '../lsp/journey-formatter.js';

export type FormatResult =
    | { readonly status: 'formatted' | 'unchanged'; readonly text: string }
    | { readonly status: 'syntax-errors'; readonly errors: number };

/**
 * Formats one map's text with the language server's formatter (2-space indentation), as `journey fmt` does.
 * A text with syntax errors is left alone: its structure is not known for sure. The formatter needs no other
 * service, so the core services (createJourneyCoreServices) do.
 */
export async function formatText(services: JourneyCoreServices, text: string, uri: string): Promise<FormatResult> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length + parserErrors.length > 0) {
        return { status: 'syntax-errors', errors: lexerErrors.length + parserErrors.length };
    }
    const edits = await new JourneyFormatter().formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 2, insertSpaces: true }
    });
    const formatted = TextDocument.applyEdits(document.textDocument, edits);
    return { status: formatted === text ? 'unchanged' : 'formatted', text: formatted };
}
