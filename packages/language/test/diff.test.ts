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

    it('compares projected values, channels measured at, and what experiments expect and observe', async () => {
        const plan = `journey Shop "Shop" {
  stage Buy { touchpoint Pay "Pays" { channel web } }
  metric Abandonment "Abandonment" at Pay { unit % baseline 70 target 50 projected 55 }
  metric AppRating "App rating" at app { current 4.1 target 4.5 better higher }
  experiment OnePage "One-page checkout" { metric Abandonment expect -15% status running }
}`;
        const result = plan.replace('projected 55', 'current 58 projected 52').replace('at app', 'at web')
            .replace('expect -15% status running', 'expect -15% observed -17% status won result "Abandonment fell by 17%"');
        const diff = diffJourneys(await model(plan), await model(result));
        expect(diff.metrics).toEqual([
            { change: 'changed', name: 'Abandonment', title: 'Abandonment', fields: [
                { field: 'current', before: undefined, after: 58 }, { field: 'projected', before: 55, after: 52 }, { field: 'status', before: 'no-data', after: 'off-target' }
            ] },
            { change: 'changed', name: 'AppRating', title: 'App rating', fields: [{ field: 'at', before: 'app', after: 'web' }] }
        ]);
        expect(diff.experiments).toEqual([{ change: 'changed', name: 'OnePage', title: 'One-page checkout', fields: [
            { field: 'status', before: 'running', after: 'won' }, { field: 'observed', before: undefined, after: 'change −17%' },
            { field: 'result', before: undefined, after: 'Abandonment fell by 17%' }
        ] }]);
        const added = diffJourneys(await model(plan.replace(/ {2}experiment[^\n]*\n/, '')), await model(plan));
        expect(added.experiments).toEqual([{ change: 'added', name: 'OnePage', title: 'One-page checkout', fields: [
            { field: 'status', after: 'running' }, { field: 'expect', after: 'change −15%' }
        ] }]);
    });

    it('finds nothing to report between a map and itself', async () => {
        const diff = diffJourneys(await model(before), await model(before));
        expect([diff.stages, diff.touchpoints, diff.emotions, diff.metrics, diff.pains, diff.opportunities, diff.experiments].flat()).toEqual([]);
    });
});
