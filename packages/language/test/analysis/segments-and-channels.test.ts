import { beforeAll, describe, expect, it } from 'vitest';
import { analyseJourney, channelHealth, channelMix, funnels, metricGaps, segmentComparison, type JourneyModel } from '../../src/index.js';
import { modelsOf } from './model-of.js';

// Segments, several channels on a touchpoint and metrics of channels; every answer below is worked out by hand.
const map = `segment FirstTime "First-time buyers"
segment Returning "Returning customers"
persona Ana "Ana"
journey Shop "Shop" {
  reviewed 2026-01-31
  stage Buy {
    touchpoint Home { channel web, app feels FirstTime 1 feels Returning 2 feels Ana 1 }
    touchpoint Account { channel web feels Returning 1 "quick" feels FirstTime -2 "forced" }
    touchpoint Pay { channel app feels FirstTime 0 }
    touchpoint Call { channel phone feels Returning -1 }
    touchpoint Ledger { backstage }
  }
  flow FirstTime {
    Home -> Account
    Account -> drop 40%
    Account -> Pay
  }
  metric AppRating at app { current 3.9 target 4.5 better higher }
  metric WebConversion at web { unit % baseline 2 current 3 target 5 }
  metric PhoneWait at phone { unit min current 2 target 5 better lower }
  metric PayTime at Pay { unit s current 10 target 5 better lower }
}
`;

describe('segments and channels', () => {
    let shop: JourneyModel;
    beforeAll(async () => { shop = (await modelsOf({ 'shop.journey': map })).get('Shop')!; });

    it('reads segments apart from personas: their feelings, their flows', () => {
        expect(shop.personas.map(persona => persona.name)).toEqual(['Ana']);
        expect(shop.segments.map(segment => [segment.name, segment.title])).toEqual([['FirstTime', 'First-time buyers'], ['Returning', 'Returning customers']]);
        const home = shop.touchpoints[0];
        expect(home.emotions.map(emotion => emotion.persona)).toEqual(['Ana']);
        expect(home.segmentEmotions.map(emotion => [emotion.segment, emotion.score, emotion.level])).toEqual([['FirstTime', 1, 0.75], ['Returning', 2, 1]]);
        expect(shop.flows[0]).toMatchObject({ segment: 'FirstTime' });
        expect(shop.flows[0].persona).toBeUndefined();
        // The segment's flow is a funnel like a persona's: Account -> drop 40%, so 60% reach Pay.
        expect(funnels(shop)[0]).toMatchObject({ segment: 'FirstTime', steps: [{ touchpoint: 'Home', reached: 100 }, { touchpoint: 'Account', reached: 100 }, { touchpoint: 'Pay', reached: 60 }], completion: 60 });
    });

    it('compares segments at each touchpoint two of them feel something: the spread, and who is helped while another is hurt', () => {
        const comparison = segmentComparison(shop);
        // The default scale -2 .. 2 has its middle at 0.
        expect(comparison).toMatchObject({ segments: ['FirstTime', 'Returning'], middle: 0 });
        // Pay and Call have one segment each: nothing to compare. Home: 1 and 2, spread 1, both helped.
        // Account: -2 and 1 (in the order of the segments, not of the text), spread 3: Returning helped, FirstTime hurt.
        expect(comparison.moments.map(moment => [moment.touchpoint, moment.feelings.map(f => [f.segment, f.score]), moment.spread, moment.helped, moment.hurt])).toEqual([
            ['Home', [['FirstTime', 1], ['Returning', 2]], 1, ['FirstTime', 'Returning'], []],
            ['Account', [['FirstTime', -2], ['Returning', 1]], 3, ['Returning'], ['FirstTime']]
        ]);
        expect(comparison.moments[1].feelings[0].word).toBe('forced');
    });

    it('counts a touchpoint of several channels in each of them', () => {
        // Five touchpoints: web has Home and Account (40%), app Home and Pay (40%), phone Call, none Ledger (20% each).
        // Only personas' feelings make the mean: Ana's 1 at Home, for web and app; nobody's for phone.
        expect(channelMix(shop).map(share => [share.channel?.name, share.touchpoints, share.share, share.averageScore])).toEqual([
            ['web', ['Home', 'Account'], 40, 1],
            ['app', ['Home', 'Pay'], 40, 1],
            ['phone', ['Call'], 20, undefined],
            [undefined, ['Ledger'], 20, undefined]
        ]);
    });

    it('gives the health of each channel a metric is measured at, off-target channels first', () => {
        const gaps = metricGaps(shop);
        // Off target: PayTime (at Pay, which 60% of the funnel reach) first, then by relative gap: WebConversion 2 of 5 (40%),
        // AppRating 0.6 of 4.5 (13%); PhoneWait 2 min against at most 5 is met.
        expect(gaps.map(gap => [gap.name, gap.status, gap.channel?.name, gap.location?.name])).toEqual([
            ['PayTime', 'off-target', undefined, 'Pay'],
            ['WebConversion', 'off-target', 'web', undefined],
            ['AppRating', 'off-target', 'app', undefined],
            ['PhoneWait', 'met', 'phone', undefined]
        ]);
        const health = channelHealth(channelMix(shop), gaps);
        expect(health.map(entry => [entry.channel.name, entry.channel.title, entry.touchpoints, entry.averageScore, entry.metrics.map(m => m.name), entry.offTarget])).toEqual([
            ['web', 'Website', ['Home', 'Account'], 1, ['WebConversion'], 1],
            ['app', 'Mobile app', ['Home', 'Pay'], 1, ['AppRating'], 1],
            ['phone', 'Phone', ['Call'], undefined, ['PhoneWait'], 0]
        ]);
        expect(analyseJourney(shop, '2026-02-01')).toMatchObject({ channelHealth: health, segments: segmentComparison(shop) });
    });
});
