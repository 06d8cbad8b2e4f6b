import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../generated/ast.js';
import type { JourneyCoreServices } from '../journey-core-module.js';
import { BUILTIN_CHANNELS_URI, builtinChannelsText } from './builtin-channels.js';
import { dependsOnEveryMap } from './whole-workspace-checks.js';

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

export interface CheckTextsOptions {
    /**
     * The URIs of the documents to validate (default: every one). The others are read for the names they
     * declare and left without diagnostics; they are linked only when a validated document's checks depend
     * on every map's references (it declares personas), so that judging, say, unused-persona stays right.
     */
    readonly validate?: ReadonlySet<string>;
}

/**
 * Loads texts as one workspace (with the built-in channels), so that names resolve across files, then
 * parses, links and validates them (all, or those `options.validate` names). This is what the CLI runs;
 * the language server does the same through its workspace manager.
 */
export async function checkTexts(services: JourneyCoreServices, sources: readonly SourceText[], options: CheckTextsOptions = {}): Promise<CheckedDocument[]> {
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
    const validate = options.validate && new Set([...options.validate].map(uri => URI.parse(uri).toString()));
    const validated = validate ? documents.filter(document => validate.has(document.uri.toString())) : documents;
    if (validated.length === documents.length) {
        await DocumentBuilder.build([builtin, ...documents], { validation: true });
    } else {
        // Every document is parsed and indexed before any is linked, so that names resolve whichever file declares them.
        await DocumentBuilder.build([builtin, ...documents], { validation: false, eagerLinking: validated.some(dependsOnEveryMap) });
        await DocumentBuilder.build(validated, { validation: true });
    }
    return documents.map(document => ({
        uri: document.uri.toString(),
        document,
        diagnostics: document.diagnostics ?? []
    }));
}
