import { EmptyFileSystem } from 'langium';
import { beforeAll, describe, it } from 'vitest';
import { checkTexts, createJourneyServices, isJourney, journeyModel, type JourneyModel } from '@journey-maps/language';
import { renderDiagram } from '@journey-maps/diagram';
import { expectLinear } from './growth.js';

/** Models of a map for each size, built before timing. */
async function models(sizes: readonly number[], map: (n: number) => string): Promise<Map<number, JourneyModel>> {
    const result = new Map<number, JourneyModel>();
    for (const n of sizes) {
        const { Journey } = createJourneyServices(EmptyFileSystem);
        const [checked] = await checkTexts(Journey, [{ uri: `file:///complexity/map-${n}.journey`, text: map(n) }]);
        result.set(n, journeyModel(checked.document.parseResult.value.elements.find(isJourney)!));
    }
    return result;
}

const twoTouchpoints = (flows: string) => `persona P\njourney J { stage S { touchpoint A "A" touchpoint B "B" } ${flows} }`;

describe('diagrams grow linearly', () => {
    const n = 200;
    let steps: Map<number, JourneyModel>;
    let flows: Map<number, JourneyModel>;
    beforeAll(async () => {
        steps = await models([n, 4 * n], size => twoTouchpoints(`flow P { ${Array.from({ length: size }, (_, i) => i % 2 ? 'B -> A "back"' : 'A -> B 50% "there"').join(' ')} }`));
        flows = await models([n, 4 * n], size => twoTouchpoints(Array.from({ length: size }, (_, i) => `flow P "Flow ${i}" { A -> B 40% "go" B -> drop 10% }`).join('\n')));
    });

    it('with a flow of n steps between the same two touchpoints', async () => {
        await expectLinear(size => steps.get(size)!, model => renderDiagram(model), n);
    });

    it('with n two-step flows between the same two touchpoints', async () => {
        await expectLinear(size => flows.get(size)!, model => renderDiagram(model), n);
    });
});
