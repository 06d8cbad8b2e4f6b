import { describe, expect, it } from 'vitest';
import { diffJourneys, isJourney, journeyModel, type JourneyModel } from '../src/index.js';
import { matchElements } from '../src/diff/match-elements.js';
import { checkFiles } from './check-helper.js';

const shared = 'persona Sarah "Sarah"\npersona Ann "Ann"\nteam Web "Web"\n';

async function model(text: string): Promise<JourneyModel> {
    const [checked] = await checkFiles({ 'map.journey': text, 'shared.journey': shared });
    return journeyModel(checked.document.parseResult.value.elements.find(isJourney)!);
}

const before = `journey Shop "Shop" {
  stage Find { touchpoint Ad "Sees an ad" { channel social feels Sarah 1 } touchpoint Search "Searches" { channel search feels Sarah 0 } }
  stage Buy { touchpoint Pay "Pays" { channel web feels Sarah -2 feels Ann -1 } }
  metric Conversion "Conversion" at Pay { unit % current 2 target 3 better higher }
  pain Slow "Slow checkout" at Pay { severity workaround affects Sarah }
  pain Fees "Hidden fees" at Pay { severity abandon }
  opportunity Faster "Faster checkout" { solves Slow status planned owner Web }
}`;

const after = `journey Shop "Shop" {
  stage Find { touchpoint SocialAd "Sees an ad" { channel social feels Sarah 1 } }
  stage Buy { touchpoint Pay "Pays" { channel web feels Sarah 1 } touchpoint Search "Searches" { channel search feels Sarah 0 } }
  stage Return { touchpoint Reorder "Orders again" { channel email feels Sarah 2 } }
  metric Conversion "Conversion" at Pay { unit % current 3.5 target 3 better higher }
  pain Slow "Slow checkout" at Pay { severity trivial affects Sarah }
  pain Returns "Returns are hard" at Reorder { severity workaround }
  opportunity Faster "Faster checkout" { solves Slow status done owner Web }
}`;

describe('journey diff', () => {
    it('matches by name, and by title when only the name changed', () => {
        const result = matchElements(
            [{ name: 'A', title: 'Alpha' }, { name: 'B', title: 'Beta' }, { name: 'C', title: 'C' }],
            [{ name: 'A', title: 'Alpha' }, { name: 'Bee', title: 'beta' }, { name: 'D', title: 'D' }]
        );
        expect(result.pairs.map(p => [p.before.name, p.after.name, p.renamed])).toEqual([['A', 'A', false], ['B', 'Bee', true]]);
        expect(result.added.map(e => e.name)).toEqual(['D']);
        expect(result.removed.map(e => e.name)).toEqual(['C']);
    });

    it('says what changed: stages, touchpoints, emotions, metrics, pains and opportunities', async () => {
        const diff = diffJourneys(await model(before), await model(after));
        expect(diff.stages).toEqual([{ change: 'added', name: 'Return', title: 'Return', stage: undefined }]);
        expect(diff.touchpoints).toEqual([
            { change: 'added', name: 'Reorder', title: 'Orders again', stage: 'Return' },
            { change: 'moved', name: 'Search', title: 'Searches', from: 'Find', to: 'Buy' },
            { change: 'renamed', name: 'SocialAd', title: 'Sees an ad', previousName: 'Ad' }
        ]);
        expect(diff.emotions).toEqual([
            { persona: 'Sarah', touchpoint: 'Pay', before: -2, after: 1 },
            { persona: 'Sarah', touchpoint: 'Reorder', before: undefined, after: 2 },
            { persona: 'Ann', touchpoint: 'Pay', before: -1, after: undefined }
        ]);
        expect(diff.metrics).toEqual([{ change: 'changed', name: 'Conversion', title: 'Conversion', fields: [
            { field: 'current', before: 2, after: 3.5 }, { field: 'status', before: 'off-target', after: 'met' }
        ] }]);
        expect(diff.pains.map(p => [p.change, p.name])).toEqual([['added', 'Returns'], ['removed', 'Fees'], ['changed', 'Slow']]);
        expect(diff.pains[2].fields).toEqual([{ field: 'severity', before: 'workaround', after: 'trivial' }]);
        expect(diff.opportunities).toEqual([{ change: 'changed', name: 'Faster', title: 'Faster checkout', fields: [{ field: 'status', before: 'planned', after: 'done' }] }]);
        expect(diff.curves.find(c => c.persona === 'Sarah')?.points.map(p => [p.touchpoint, p.before, p.after])).toEqual([
            ['SocialAd', 1, 1], ['Pay', -2, 1], ['Search', 0, 0], ['Reorder', undefined, 2]
        ]);
    });

    it('finds nothing to report between a map and itself', async () => {
        const diff = diffJourneys(await model(before), await model(before));
        expect([diff.stages, diff.touchpoints, diff.emotions, diff.metrics, diff.pains, diff.opportunities, diff.experiments].flat()).toEqual([]);
    });
});
