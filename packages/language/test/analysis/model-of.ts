import type { Journey, JourneyModel } from '../../src/index.js';
import { journeyModel } from '../../src/index.js';
import { checkFiles } from '../check-helper.js';

/** The models of every journey in the given files (name -> text), checked as one workspace, by journey name. */
export async function modelsOf(files: Record<string, string>): Promise<Map<string, JourneyModel>> {
    const checked = await checkFiles(files);
    const journeys = checked.flatMap(doc => doc.document.parseResult.value.elements.filter((e): e is Journey => e.$type === 'Journey'));
    return new Map(journeys.map(journey => [journey.name, journeyModel(journey)]));
}
