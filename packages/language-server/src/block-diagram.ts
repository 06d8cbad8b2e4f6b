// `journey/blockDiagram`: the diagram of a journey written inside another document, such as a ```journey block of a
// Markdown file.
import { batchModule, checkTexts, createJourneyServices, isBuiltinUri, isJourney, type Document } from '@journey-maps/language';
import { renderDiagram } from '@journey-maps/diagram';
import { EmptyFileSystem, type LangiumSharedCoreServices } from 'langium';
import type { BlockDiagramParams, BlockDiagramResult, Response } from './protocol/lsp.js';
import { drawableJourney } from './drawable-journey.js';

/**
 * The block checked on its own services with the workspace's texts as the server has them (open documents
 * included), so that its names resolve as in a .journey file and nothing of it reaches the workspace's index.
 */
export async function blockDiagram(shared: LangiumSharedCoreServices, params: BlockDiagramParams): Promise<Response<BlockDiagramResult>> {
    const { Journey } = createJourneyServices(EmptyFileSystem, batchModule);
    const blockJourneys = new Set(journeyNames(Journey.parser.LangiumParser.parse<Document>(params.text).value));
    await shared.workspace.WorkspaceManager.ready;
    const workspace = shared.workspace.LangiumDocuments.all
        .filter(document => !isBuiltinUri(document.uri) && !journeyNames(document.parseResult.value as Document).some(name => blockJourneys.has(name)))
        .map(document => ({ uri: document.uri.toString(), text: document.textDocument.getText() }))
        .toArray();
    const uri = `${params.uri}.block.journey`;
    const checked = await checkTexts(Journey, [...workspace.filter(file => file.uri !== uri), { uri, text: params.text }], { validate: new Set([uri]) });
    const model = drawableJourney(checked.at(-1)!.document, 'block');
    if ('error' in model) {
        return model;
    }
    return { result: { svg: await renderDiagram(model.result.model, { theme: params.theme, colours: 'fixed', embedFont: false }) } };
}

function journeyNames(document: Document): string[] {
    return document.elements.filter(isJourney).map(journey => journey.name);
}
