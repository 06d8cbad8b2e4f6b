import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Position } from 'vscode-languageserver-types';
import { checkTexts, createJourneyServices, type JourneyServices } from '../../src/index.js';
import { TODAY } from '../check-helper.js';

export const shared = `persona Sarah "Sarah, *fitness* enthusiast" {
  description "Trains five times a week"
  goal "Find durable activewear"
  frustration "Surprise costs"
  quote "If I can't find it in two minutes, I'm gone."
}
team Web "Web team"
team CX "Customer experience"
`;

export const map = `journey Shop "Shop" {
  owner CX
  reviewed 2026-10-01 every quarter
  stage Buy "Buying" {
    touchpoint Checkout "Checkout page" {
      channel web
      owner Web
      feels Sarah -1 "anxious"
      moment of truth { score ease 2 }
    }
  }
  flow Sarah { Checkout -> drop 70% }
  metric Abandonment "Cart abandonment" at Checkout { unit % baseline 70 target 60 better lower }
  pain Surprise "Surprise shipping costs" at Checkout { severity abandon affects Sarah }
  opportunity Early "Show shipping early" { solves Surprise owner Web status planned }
}
`;

export interface Workspace {
    services: JourneyServices;
    documents: Record<string, LangiumDocument>;
}

/** Services with a fixed clock and the given files loaded and checked as one workspace. */
export async function openWorkspace(files: Record<string, string> = { 'shared.journey': shared, 'map.journey': map }): Promise<Workspace> {
    const { Journey, shared: sharedServices } = createJourneyServices(EmptyFileSystem, { settings: { Clock: () => ({ today: () => TODAY }) } });
    await clearDocuments(sharedServices);
    const checked = await checkTexts(Journey, Object.entries(files).map(([name, text]) => ({ uri: `file:///workspace/${name}`, text })));
    const documents = Object.fromEntries(Object.keys(files).map((name, i) => [name, checked[i].document]));
    return { services: Journey, documents };
}

/** The position of the `occurrence`-th `marker` in the document's text, moved `delta` characters on. */
export function positionOf(document: LangiumDocument, marker: string, delta = 0, occurrence = 1): Position {
    const text = document.textDocument.getText();
    let offset = -1;
    for (let i = 0; i < occurrence; i++) {
        offset = text.indexOf(marker, offset + 1);
        if (offset < 0) {
            throw new Error(`'${marker}' occurs fewer than ${occurrence} times`);
        }
    }
    return document.textDocument.positionAt(offset + delta);
}

export function textDocument(document: LangiumDocument) {
    return { uri: document.textDocument.uri };
}
