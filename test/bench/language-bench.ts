import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { BUILTIN_CHANNELS_URI, batchModule, builtinChannelsText, createJourneyServices } from '../../packages/language/src/index.js';
import { syntheticWorkspace } from './synthetic-map.js';

export interface LanguageFigures {
    touchpoints: number;
    bytes: number;
    parseMs: number;
    /** Exported symbols and scopes. */
    indexMs: number;
    linkMs: number;
    /** The reference index behind find-references and rename. */
    referencesMs: number;
    validateMs: number;
    totalMs: number;
    diagnostics: number;
    jsonParseMs: number;
}

/**
 * Parses, indexes, links and validates a synthetic workspace in fresh services set up as `journey check`
 * sets them up (batch mode: no reference index; the parser built beforehand), timing each phase.
 */
export async function measureLanguage(touchpoints: number): Promise<LanguageFigures> {
    const workspace = syntheticWorkspace(touchpoints);
    const { shared, Journey } = createJourneyServices(EmptyFileSystem, batchModule);
    void Journey.parser.LangiumParser;
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = shared.workspace;
    const marks = new Map<DocumentState, number>();
    for (const state of [DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
        DocumentBuilder.onBuildPhase(state, () => { marks.set(state, performance.now()); });
    }

    const start = performance.now();
    const documents = [
        LangiumDocumentFactory.fromString(builtinChannelsText, URI.parse(BUILTIN_CHANNELS_URI)),
        ...Object.entries(workspace.files).map(([name, text]) => LangiumDocumentFactory.fromString(text, URI.parse(`file:///bench/${name}`)))
    ];
    documents.forEach(document => LangiumDocuments.addDocument(document));
    const parsed = performance.now();
    await DocumentBuilder.build(documents, { validation: true });

    const jsonStart = performance.now();
    JSON.parse(workspace.json);
    const jsonParseMs = performance.now() - jsonStart;

    const at = (state: DocumentState) => marks.get(state) ?? Number.NaN;
    return {
        touchpoints,
        bytes: workspace.bytes,
        parseMs: parsed - start,
        indexMs: at(DocumentState.ComputedScopes) - parsed,
        linkMs: at(DocumentState.Linked) - at(DocumentState.ComputedScopes),
        referencesMs: at(DocumentState.IndexedReferences) - at(DocumentState.Linked),
        validateMs: at(DocumentState.Validated) - at(DocumentState.IndexedReferences),
        totalMs: at(DocumentState.Validated) - start,
        diagnostics: documents.reduce((sum, document) => sum + (document.diagnostics?.length ?? 0), 0),
        jsonParseMs
    };
}
