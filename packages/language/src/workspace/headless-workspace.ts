import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { BUILTIN_CHANNELS_URI, builtinChannelsText } from './builtin-channels.js';

export interface SourceText {
    /** A URI string, e.g. `file:///work/maps/activewear.journey`. */
    readonly uri: string;
    readonly text: string;
}

export interface CheckedDocument {
    readonly uri: string;
    readonly document: LangiumDocument<Document>;
    readonly diagnostics: readonly Diagnostic[];
}

/**
 * Loads texts as one workspace (with the built-in channels), so that names resolve across files, then
 * parses, links and validates them all. This is what the CLI runs; the language server does the same
 * through its workspace manager.
 */
export async function checkTexts(services: JourneyServices, sources: readonly SourceText[]): Promise<CheckedDocument[]> {
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    const builtinUri = URI.parse(BUILTIN_CHANNELS_URI);
    const builtin = LangiumDocuments.getDocument(builtinUri)
        ?? LangiumDocumentFactory.fromString(builtinChannelsText, builtinUri);
    if (!LangiumDocuments.hasDocument(builtinUri)) {
        LangiumDocuments.addDocument(builtin);
    }
    const documents = sources.map(source => {
        const document = LangiumDocumentFactory.fromString<Document>(source.text, URI.parse(source.uri));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build([builtin, ...documents], { validation: true });
    return documents.map(document => ({
        uri: document.uri.toString(),
        document,
        diagnostics: document.diagnostics ?? []
    }));
}
