import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { checkTexts, createJourneyServices, isJourney, journeyModel, type JourneyModel } from '@journey-maps/language';

export const examplesDir = resolve(import.meta.dirname, '../../../examples');

/** The models of the journeys in the given files (name -> text), loaded as one workspace under file:///examples/. */
export async function modelsOf(files: Record<string, string>): Promise<Map<string, JourneyModel>> {
    const { Journey } = createJourneyServices(EmptyFileSystem);
    const checked = await checkTexts(Journey, Object.entries(files).map(([name, text]) => ({ uri: `file:///examples/${name}`, text })));
    const journeys = checked.flatMap(document => document.document.parseResult.value.elements.filter(isJourney));
    return new Map(journeys.map(journey => [journey.name, journeyModel(journey)]));
}

export function exampleFiles(): Record<string, string> {
    return Object.fromEntries(readdirSync(examplesDir).filter(name => name.endsWith('.journey')).map(name => [name, readFileSync(resolve(examplesDir, name), 'utf8')]));
}
