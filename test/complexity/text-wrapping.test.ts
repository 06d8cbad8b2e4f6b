import { beforeAll, describe, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { checkTexts, createJourneyServices, isJourney, journeyModel, type JourneyModel } from '@journey-maps/language';
import { renderDiagram, wrapText } from '@journey-maps/diagram';
import { expectLinear } from './growth.js';

const bold = { size: 12, weight: 'bold' } as const;

describe('text wrapping grows linearly', () => {
    it('with a long unbroken word', async () => {
        await expectLinear(n => 'x'.repeat(n), text => wrapText(text, bold, 150), 400_000);
    });

    it('with many words', async () => {
        await expectLinear(n => 'word '.repeat(n / 5), text => wrapText(text, bold, 150), 400_000);
    });

    describe('in a diagram', () => {
        const models = new Map<number, JourneyModel>();
        const { Journey } = createJourneyServices(EmptyFileSystem);
        const sizes = [16_000, 64_000];
        beforeAll(async () => {
            for (const n of sizes) {
                const long = 'x'.repeat(n);
                const text = `persona P "${long}"\njourney J "${long}" { stage S "${long}" { touchpoint T "${long}" { feels P 1 "${long}" } touchpoint U }
                    flow P { T -> U "${long}" } pain X "${long}" at T metric M "${long}" at T }`;
                const [checked] = await checkTexts(Journey, [{ uri: `file:///complexity/long-${n}.journey`, text }]);
                models.set(n, journeyModel(checked.document.parseResult.value.elements.find(isJourney)!));
            }
        });

        it('with long unbroken titles and labels', async () => {
            await expectLinear(n => models.get(n)!, model => renderDiagram(model), sizes[0]);
        });
    });
});
