import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { BUILTIN_CHANNELS_URI, builtinChannelsText, createJourneyServices } from '../../packages/language/src/index.js';
import { syntheticWorkspace } from './synthetic-map.js';

export interface LanguageFigures {
    touchpoints: number;
    bytes: number;
    parseMs: number;
    linkMs: number;
    validateMs: number;
    totalMs: number;
    diagnostics: number;
    jsonParseMs: number;
}

/** Parses, links and validates a synthetic workspace in fresh services, timing each phase. */
export async function measureLanguage(touchpoints: number): Promise<LanguageFigures> {
    const workspace = syntheticWorkspace(touchpoints);
    const { shared } = createJourneyServices(EmptyFileSystem);
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = shared.workspace;
    const marks = new Map<DocumentState, number>();
    for (const state of [DocumentState.Linked, DocumentState.Validated]) {
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
    const validated = performance.now();

    const jsonStart = performance.now();
    JSON.parse(workspace.json);
    const jsonParseMs = performance.now() - jsonStart;

    const linked = marks.get(DocumentState.Linked) ?? validated;
    return {
        touchpoints,
        bytes: workspace.bytes,
        parseMs: parsed - start,
        linkMs: linked - parsed,
        validateMs: validated - linked,
        totalMs: validated - start,
        diagnostics: documents.reduce((sum, document) => sum + (document.diagnostics?.length ?? 0), 0),
        jsonParseMs
    };
}
