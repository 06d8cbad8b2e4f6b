import { EmptyFileSystem } from 'langium';
import { beforeAll, describe, it } from 'vitest';
import { checkTexts, createJourneyServices, isJourney, journeyModel, type JourneyModel } from '@journey-maps/language';
import { buildGraph, elkGraph, renderDiagram, resolveOptions } from '@journey-maps/diagram';
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

/** n touchpoints in stages of ten, and n/10 flows of ten steps each, every flow through its own ten touchpoints and off at the last. */
function manyFlows(n: number): string {
    const stages = Array.from({ length: n / 10 }, (_, s) =>
        `stage S${s} { ${Array.from({ length: 10 }, (_, t) => `touchpoint T${s * 10 + t} "Touchpoint ${s * 10 + t}"`).join(' ')} }`);
    const flows = Array.from({ length: n / 10 }, (_, s) =>
        `flow P "Flow ${s}" { ${Array.from({ length: 9 }, (_, t) => `T${s * 10 + t} -> T${s * 10 + t + 1} 90%`).join(' ')} T${s * 10 + 9} -> drop 10% }`);
    return `persona P\njourney J {\n${stages.join('\n')}\n${flows.join('\n')}\n}`;
}

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

describe('diagram graphs grow linearly', () => {
    // Large enough that a cost of flows x touchpoints outweighs measuring the cards; ELK's layout is left out (not ours).
    const n = 2000;
    let maps: Map<number, JourneyModel>;
    beforeAll(async () => {
        maps = await models([n, 4 * n], manyFlows);
    });

    it('with n touchpoints and n/10 flows of ten steps', async () => {
        const options = resolveOptions({});
        await expectLinear(size => maps.get(size)!, model => elkGraph(buildGraph(model, options)), n);
    });
});
