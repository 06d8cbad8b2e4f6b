import { beforeAll, describe, expect, it } from 'vitest';
import {
    analyseJourney, channelMix, dropOffs, emotionCurves, experimentResults, fixFirst, freshness, funnels, impactEffortMatrix, metricGaps, momentsOfTruth, personaCoverage,
    quadrantOf, rankPains, unreachedTouchpoints, type JourneyModel
} from '../../src/index.js';
import { modelsOf } from './model-of.js';

// A small map whose every answer below is worked out by hand in the comments.
const map = `persona Ana "Ana"
persona Ben "Ben"
persona Cy "Cy"
journey Shop "Shop" {
  reviewed 2026-01-31 every 1 month
  scale 1 .. 10
  stage Find {
    touchpoint Ad { channel social feels Ana 6 feels Ben 9 }
    touchpoint Site { channel web feels Ana 3 "lost" feels Ben 4 }
    stage Compare {
      touchpoint Reviews { channel web feels Ana 3 }
    }
  }
  stage Buy {
    touchpoint Cart { channel web feels Ana 7 feels Ben 2 moment of truth { score ease 2 trust 4 speed 2 } }
    touchpoint Pay { channel phone feels Ana 1 "angry" moment of truth { score ease 3 trust 3 speed 1 } }
    touchpoint Ledger { backstage }
    touchpoint Letter
  }
  stage After { touchpoint Mail { channel email } }
  flow Ana {
    Ad -> Site
    Site -> drop 20%
    Site -> Cart 80%
    Cart -> drop 35% "leaves"
  }
  flow { Pay -> drop }
  metric Conv at Cart { baseline 20 target 40 current 30 }
  metric Wait at Pay { target 5 baseline 8 better lower }
  metric Nps at Buy { target 20 current 25 better higher }
  metric Calls { target 10 }
  metric Visits at Site { current 100 }
  pain P1 at Site { severity workaround affects Ana, Ben }
  pain P2 at Pay { severity abandon affects Ana }
  pain P3 at Cart { severity abandon affects Ana, Ben }
  pain P4 at Compare { severity trivial affects Ben }
  pain P5 { affects Cy }
  pain P6 at Ad { severity workaround affects Ben, Ana, Ben }
  opportunity O1 { solves P1 impact low effort high }
  opportunity O2 { solves P2 impact medium effort low }
  opportunity O3 { impact high effort low }
  opportunity O4 { impact high effort high }
  opportunity O5 { impact low effort low }
  opportunity O6
  opportunity O7 { solves P3 impact medium effort high }
}
`;

describe('analyses of a hand-built map', () => {
    let shop: JourneyModel;
    beforeAll(async () => { shop = (await modelsOf({ 'shop.journey': map })).get('Shop')!; });

    it('draws one emotion curve per persona that feels something, with troughs and steepest drops', () => {
        const curves = emotionCurves(shop);
        // Cy only has a pain point: no curve.
        expect(curves.map(curve => curve.persona)).toEqual(['Ana', 'Ben']);
        const [ana, ben] = curves;
        // Ana has a flow, Ad -> Site -> Cart: her curve follows it; Reviews and Pay are off it, not joined.
        expect(ana).toMatchObject({ order: 'flow', flow: 'flow-1' });
        expect(ana.points.map(point => [point.touchpoint, point.score])).toEqual([['Ad', 6], ['Site', 3], ['Cart', 7]]);
        expect(ana.offPath.map(point => [point.touchpoint, point.score])).toEqual([['Reviews', 3], ['Pay', 1]]);
        // The mean counts every feeling, on the flow or not: Ad 6, Site 3, Reviews 3, Cart 7, Pay 1 -> 20 / 5.
        expect(ana.average).toBe(4);
        // Along the flow, Site (3) lies between 6 and 7: the one trough; the one fall is Ad -> Site, 3.
        expect(ana.troughs.map(point => point.touchpoint)).toEqual(['Site']);
        expect(ana.points[1]).toMatchObject({ stage: 'Find', word: 'lost' });
        expect(ana.drops.map(drop => [drop.from.touchpoint, drop.to.touchpoint, drop.fall])).toEqual([['Ad', 'Site', 3]]);
        // Ben has no flow: text order, Ad 9, Site 4, Cart 2: one trough at the end, falls of 5 then 2.
        expect(ben).toMatchObject({ order: 'text', offPath: [] });
        expect(ben.flow).toBeUndefined();
        expect(ben.average).toBe(5);
        expect(ben.troughs.map(point => point.touchpoint)).toEqual(['Cart']);
        expect(ben.drops.map(drop => drop.fall)).toEqual([5, 2]);
    });

    it('ranks pain points by severity, then reach, then unaddressed first', () => {
        const pains = rankPains(shop);
        // abandon: P3 (2 personas) before P2 (1); workaround, both 2 personas: P6 (unaddressed) before P1; trivial P4; unrated P5.
        expect(pains.map(pain => [pain.name, pain.reach, pain.addressed])).toEqual([
            ['P3', 2, true], ['P2', 1, true], ['P6', 2, false], ['P1', 2, true], ['P4', 1, false], ['P5', 1, false]
        ]);
        expect(pains[2].affects).toEqual(['Ben', 'Ana']);
        expect(pains[0]).toMatchObject({ opportunities: ['O7'], location: { kind: 'touchpoint', name: 'Cart' } });
    });

    it('places opportunities in the impact/effort matrix, quick wins first, money pits flagged', () => {
        expect(impactEffortMatrix(shop).map(o => [o.name, o.quadrant, o.flagged])).toEqual([
            ['O3', 'quick-win', false], ['O2', 'quick-win', false], ['O4', 'big-bet', false], ['O5', 'fill-in', false],
            ['O7', 'money-pit', true], ['O1', 'money-pit', true], ['O6', 'unrated', false]
        ]);
        const grid = ['low', 'medium', 'high'].map(impact => ['low', 'medium', 'high'].map(effort => quadrantOf(impact, effort)));
        expect(grid).toEqual([
            ['fill-in', 'fill-in', 'money-pit'],
            ['quick-win', 'big-bet', 'money-pit'],
            ['quick-win', 'big-bet', 'big-bet']
        ]);
        expect(quadrantOf('high', undefined)).toBe('unrated');
    });

    it('judges current values against targets with gaps, honouring better lower, widest relative gap first', () => {
        expect(metricGaps(shop).map(m => [m.name, m.status, m.value, m.gap, m.relativeGap, m.baselineGap])).toEqual([
            // Conv: baseline 20 below the target 40, so higher is better (inferred); 30 against 40: 10 to go, 25% of the
            // target; the baseline was 20 away.
            ['Conv', 'off-target', 30, 10, 25, 20],
            // Wait: only a baseline (8): not measured yet. Lower is better: the baseline is 8 - 5 = 3 from the target.
            ['Wait', 'no-data', undefined, undefined, undefined, 3],
            ['Calls', 'no-data', undefined, undefined, undefined, undefined],
            ['Visits', 'no-target', 100, undefined, undefined, undefined],
            // Nps: 25 against 20, higher is better: 5 beyond the target.
            ['Nps', 'met', 25, -5, -25, undefined]
        ]);
        expect(metricGaps(shop).map(m => [m.name, m.better ?? null, m.betterInferred])).toEqual([
            ['Conv', 'higher', 'baseline'], ['Wait', 'lower', false], ['Calls', null, false], ['Visits', null, false], ['Nps', 'higher', false]
        ]);
    });

    it('infers which direction is better from baseline and target, and judges by distance when nothing says', async () => {
        const dir = (await modelsOf({ 'dir.journey': `journey Dir {
          metric Wait { unit min current 12 target 5 }
          metric Churn { baseline 30 target 20 current 25 }
          metric Opens { baseline 100 target 105 current 110 }
          metric Nps { baseline 55 target 75 }
          metric Flat { baseline 5 target 5 current 4 }
        }` })).get('Dir')!;
        expect(metricGaps(dir).map(m => [m.name, m.status, m.better ?? null, m.gap, m.baselineGap])).toEqual([
            // Wait: no baseline; target 5 below the current 12: lower is better (inferred); 12 - 5 = 7 to go (140%).
            ['Wait', 'off-target', 'lower', 7, undefined],
            // Churn: target 20 below baseline 30: lower is better; 25 - 20 = 5 to go (25%); the baseline was 10 away.
            ['Churn', 'off-target', 'lower', 5, 10],
            // Flat: baseline equals target, no direction: 4 is 1 from 5: 20% of the target.
            ['Flat', 'off-target', null, 1, 0],
            // Nps: baseline only: not measured yet; higher is better (75 above 55); 20 from the baseline.
            ['Nps', 'no-data', 'higher', undefined, 20],
            // Opens: 105 above 100: higher is better; 110 is 5 beyond.
            ['Opens', 'met', 'higher', -5, 5]
        ]);
        expect(dir.metrics.find(m => m.name === 'Churn')).toMatchObject({ better: 'lower', betterInferred: 'baseline', status: 'off-target' });
        expect(dir.metrics.find(m => m.name === 'Wait')).toMatchObject({ better: 'lower', betterInferred: 'current', status: 'off-target' });
        expect(dir.metrics.find(m => m.name === 'Nps')).toMatchObject({ status: 'no-data' });
    });

    it('lists moments of truth weakest first, with the weakest criteria and their metrics', () => {
        const moments = momentsOfTruth(shop);
        // Pay: (3 + 3 + 1) / 3; Cart: (2 + 4 + 2) / 3.
        expect(moments.map(m => [m.touchpoint, m.average, m.weakest])).toEqual([['Pay', 7 / 3, ['speed']], ['Cart', 8 / 3, ['ease', 'speed']]]);
        expect(moments[0].metrics).toEqual([{ name: 'Wait', status: 'no-data' }]);
    });

    it('lists drop-offs biggest first, and the frontstage touchpoints no flow passes through', () => {
        expect(dropOffs(shop).map(d => [d.touchpoint, d.share, d.flow, d.persona ?? null, d.label ?? null])).toEqual([
            ['Cart', 35, 'flow-1', 'Ana', 'leaves'], ['Site', 20, 'flow-1', 'Ana', null], ['Pay', undefined, 'flow-2', null, null]
        ]);
        // Ledger is backstage; Pay is only left from, which still passes through it.
        expect(unreachedTouchpoints(shop).map(t => t.name)).toEqual(['Reviews', 'Letter', 'Mail']);
    });

    it('maps persona x top-level stage: feelings and pains recorded, and the gaps', () => {
        const coverage = personaCoverage(shop);
        const cells = coverage.map(row => [row.persona, ...row.cells.map(cell => `${cell.felt}/${cell.touchpoints} ${cell.pains}p`)]);
        expect(cells).toEqual([
            // Find holds Ad, Site and (in Compare) Reviews; Buy holds Cart, Pay, Letter (Ledger is backstage: not a
            // customer's touchpoint, so it does not count); After holds Mail.
            ['Ana', '3/3 2p', '2/3 2p', '0/1 0p'],
            // P4 sits at the sub-stage Compare, which counts for Find.
            ['Ben', '2/3 3p', '1/3 1p', '0/1 0p'],
            // P5 has no location.
            ['Cy', '0/3 0p', '0/3 0p', '0/1 0p']
        ]);
        expect(coverage.map(row => row.gaps)).toEqual([['After'], ['After'], ['Find', 'Buy', 'After']]);
    });

    it('counts the channel mix, most used first, with the mean feeling per channel', () => {
        expect(channelMix(shop).map(c => [c.channel?.name ?? null, c.touchpoints.length, c.share, c.averageScore])).toEqual([
            // web: Site (3, 4), Reviews (3), Cart (7, 2) -> 19 / 5.
            ['web', 3, 37.5, 3.8],
            [null, 2, 25, undefined],
            ['social', 1, 12.5, 7.5],
            ['phone', 1, 12.5, 1],
            ['email', 1, 12.5, undefined]
        ]);
    });

    it('judges freshness against the cadence as of an injected today', () => {
        // 2026-01-31 plus one month is the last day of February.
        expect(freshness(shop, '2026-02-28')).toMatchObject({ status: 'fresh', due: '2026-02-28', daysLeft: 0, cadenceDefaulted: false });
        expect(freshness(shop, '2026-03-01')).toMatchObject({ status: 'stale', daysLeft: -1 });
        const unreviewed = { ...shop, reviewed: undefined, cadence: undefined };
        expect(freshness(unreviewed, '2026-03-01')).toEqual({
            status: 'unreviewed', today: '2026-03-01', reviewed: undefined, cadence: { count: 1, unit: 'quarter' }, cadenceDefaulted: true
        });
    });

    it('gathers every analysis in one object', () => {
        const analysis = analyseJourney(shop, '2026-03-01');
        expect(analysis.freshness.status).toBe('stale');
        expect(analysis.dropOffs).toEqual(dropOffs(shop));
        expect(Object.keys(analysis)).toEqual([
            'emotionCurves', 'pains', 'opportunities', 'metrics', 'momentsOfTruth', 'dropOffs', 'unreachedTouchpoints', 'coverage', 'channels', 'channelHealth', 'segments', 'freshness', 'funnels', 'experiments', 'fixFirst'
        ]);
    });
});

// A flow with splits, shares left to share, backtracks, and paths that join; a second flow with two starts.
const funnelMap = `journey Fun {
  stage S { touchpoint A touchpoint B touchpoint C touchpoint D touchpoint E touchpoint P touchpoint Q touchpoint R }
  flow "Shop" {
    A -> B 60%
    A -> C
    A -> drop 20%
    B -> D
    C -> D 50%
    C -> A "back to the start"
    D -> E
    D -> B "back to compare"
    E -> drop 25%
  }
  flow "Two ways in" {
    P -> R 40%
    Q -> R
  }
  flow "No shares" { A -> B }
  flow "Out of range" { P -> Q -20%  P -> R 150% }
}
`;

describe('funnels along the flows', () => {
    let ana: JourneyModel;
    let fun: JourneyModel;
    beforeAll(async () => {
        ana = (await modelsOf({ 'shop.journey': map })).get('Shop')!;
        fun = (await modelsOf({ 'fun.journey': funnelMap })).get('Fun')!;
    });

    it("compounds Ana's shares: 80% reach the cart, 35% of them leave, so 52% finish", () => {
        // Ad -> Site has no share and nothing else leaves Ad: all 100%. Site: 20% drop, 80% to Cart.
        // Cart has no way on: 35% leave, finishing takes the 65% left: 80 x 0.65 = 52. Pay -> drop has no share: no funnel.
        expect(funnels(ana)).toEqual([{
            flow: 'flow-1', flowTitle: undefined, persona: 'Ana',
            steps: [{ touchpoint: 'Ad', reached: 100 }, { touchpoint: 'Site', reached: 100 }, { touchpoint: 'Cart', reached: 80 }],
            completion: 52
        }]);
    });

    it('splits what shared steps leave, adds up joining paths, ignores backtracks, and finds completion', () => {
        const [main, twoWays, outOfRange, ...rest] = funnels(fun);
        expect(rest).toEqual([]);
        // Shares outside 0..100 (an error of the map) count as the nearest bound: -20% as 0, 150% as 100.
        expect(outOfRange.steps.map(step => [step.touchpoint, step.reached])).toEqual([['P', 100], ['Q', 0], ['R', 100]]);
        // A: B 60, drop 20, C takes the 20 left. C: D 50% of 20 = 10; C -> A is a backtrack without share: takes nobody.
        // B: D 100% of 60. D = 60 + 10 = 70; D -> B is a backtrack; E takes all 70.
        // E has no way on: drop 25%, finishing the 75% left: 70 x 0.75 = 52.5.
        expect(main.steps.map(step => [step.touchpoint, step.reached])).toEqual([['A', 100], ['B', 60], ['C', 20], ['D', 70], ['E', 70]]);
        expect(main.completion).toBe(52.5);
        // Two starts, 50 each: P -> R 40% of 50 = 20, Q -> R all of 50: R 70, and all finish there.
        expect(twoWays.steps.map(step => [step.touchpoint, step.reached])).toEqual([['P', 50], ['Q', 50], ['R', 70]]);
        expect(twoWays.completion).toBe(70);
    });
});

// Branches: the curve takes the most-travelled one; without shares, the first written.
const branchMap = `persona Mo
persona Di
journey Branch {
  stage S {
    touchpoint A { feels Mo 1 feels Di 1 }
    touchpoint B { feels Mo -2 feels Di -2 }
    touchpoint C { feels Mo 0 feels Di 0 }
    touchpoint D { feels Mo 2 feels Di 2 }
  }
  flow Mo { A -> B 30%  A -> C 70%  B -> D  C -> D  D -> A "starts over" }
  flow Di "first try" { A -> D }
  flow Di "tie" { A -> C  A -> B  B -> D  C -> D }
}
`;

describe('emotion curves along the flow', () => {
    it('follows the most-travelled branch, ties to the first written step, from the flow covering most feelings', async () => {
        const [mo, di] = emotionCurves((await modelsOf({ 'branch.journey': branchMap })).get('Branch')!);
        // Mo: A splits 30/70: C is the busier branch, then D; D -> A goes back and is not followed. B is off the flow.
        expect(mo.points.map(point => point.touchpoint)).toEqual(['A', 'C', 'D']);
        expect(mo.offPath.map(point => point.touchpoint)).toEqual(['B']);
        // A 1 -> C 0 falls 1; C 0 is the trough.
        expect(mo.drops.map(drop => [drop.from.touchpoint, drop.to.touchpoint, drop.fall])).toEqual([['A', 'C', 1]]);
        expect(mo.troughs.map(point => point.touchpoint)).toEqual(['C']);
        // Di: the path of "first try" passes 2 felt touchpoints, that of "tie" 3 (A, C, D): the second flow. A -> C and A -> B tie: C is written first.
        expect(di).toMatchObject({ order: 'flow', flow: 'flow-3' });
        expect(di.points.map(point => point.touchpoint)).toEqual(['A', 'C', 'D']);
    });
});

describe('experiments against their thresholds', () => {
    it('says whether the observed result reaches the threshold, and flags a won or lost status that disagrees', async () => {
        const lab = (await modelsOf({ 'lab.journey': `journey Lab {
          metric Sales { baseline 100 current 115 target 110 better higher }
          metric Wait { baseline 100 target 70 better lower }
          metric Odd { target 5 }
          experiment A { metric Sales expect 10% observed 15% status won }
          experiment B { metric Wait expect -30% observed -12% status won }
          experiment C { metric Wait expect -30% observed -40% status lost }
          experiment D { metric Sales expect 120 observed 118 status lost }
          experiment E { metric Odd expect 5 observed 6 status won }
          experiment F { metric Sales expect 10% observed 12 status won }
          experiment G { metric Sales expect 10% status running }
        }` })).get('Lab')!;
        expect(experimentResults(lab).map(e => [e.name, e.meetsThreshold ?? null, e.mismatch])).toEqual([
            // +15% against a +10% threshold: reached; won agrees.
            ['A', true, false],
            // -12% against -30%: a smaller fall than expected, missed; yet marked won.
            ['B', false, true],
            // -40% against -30%: a bigger fall than expected, reached; yet marked lost.
            ['C', true, true],
            // Levels: 118 against 120, higher is better: missed; lost agrees.
            ['D', false, false],
            // Odd has no direction: a level cannot be judged.
            ['E', null, false],
            // A change (%) against a level: cannot be compared.
            ['F', null, false],
            // Nothing observed yet.
            ['G', null, false]
        ]);
        expect(experimentResults(lab)[1]).toMatchObject({ expected: { value: -30, percent: true }, observed: { value: -12, percent: true }, status: 'won' });
    });
});

describe('metrics before and after', () => {
    it('gives the change from the baseline to the current value, or else to the projected one', async () => {
        const ba = (await modelsOf({ 'ba.journey': `journey Ba {
          metric Sales { unit index baseline 100 current 115 target 110 better higher }
          metric Abandon { unit % baseline 70 current 68 target 60 }
          metric Opens { baseline 40 projected 50 target 45 }
          metric New { current 5 target 4 better lower }
        }` })).get('Ba')!;
        const changes = new Map(metricGaps(ba).map(m => [m.name, m.change]));
        // 100 -> 115: +15, +15% of 100.
        expect(changes.get('Sales')).toEqual({ from: 100, to: 115, kind: 'current', difference: 15, relative: 15 });
        // 70 -> 68: -2 (points, for a % metric), -2/70 = -2.857...% relative.
        expect(changes.get('Abandon')).toMatchObject({ from: 70, to: 68, kind: 'current', difference: -2 });
        expect(changes.get('Abandon')!.relative).toBeCloseTo(-200 / 70, 10);
        // No current value: 40 -> projected 50: +10, +25%. The status still judges measurements only.
        expect(changes.get('Opens')).toEqual({ from: 40, to: 50, kind: 'projected', difference: 10, relative: 25 });
        expect(metricGaps(ba).find(m => m.name === 'Opens')).toMatchObject({ status: 'no-data', projected: 50 });
        // No baseline: no change to show.
        expect(changes.get('New')).toBeUndefined();
    });
});

describe('what to fix first', () => {
    it('scores pains by severity x personas x funnel reach x negativity, and lists their opportunities quick wins first', async () => {
        const shop = (await modelsOf({ 'shop.journey': map })).get('Shop')!;
        const ranked = fixFirst(shop, funnels(shop));
        // Scale 1..10: middle 5.5, half range 4.5; negativity = 1 + (5.5 - mean feeling) / 4.5, between 1 and 2.
        // P2 at Pay: abandon 3 x 1 persona x no funnel reaches Pay (1) x Ana feels 1 there (1 + 4.5 / 4.5 = 2) = 6.
        // P3 at Cart: 3 x 2 x 80% x Ana 7, Ben 2 -> 4.5 (1 + 1 / 4.5) = 4.8 x 11/9 = 5.8667.
        // P1 at Site: workaround 2 x 2 x 100% x Ana 3, Ben 4 -> 3.5 (1 + 2 / 4.5 = 13/9) = 5.7778.
        // P6 at Ad: 2 x 2 (Ben counted once) x 100% x 7.5, above the middle (1) = 4.
        // P4 at the sub-stage Compare (Reviews): trivial 1 x 1 x no funnel x only Ana's 3 there (Ben feels nothing): 1 + 2.5 / 4.5 = 14/9.
        // P5: unrated 1 x 1 (Cy) x 1 x 1 = 1.
        expect(ranked.map(entry => entry.pain)).toEqual(['P2', 'P3', 'P1', 'P6', 'P4', 'P5']);
        const scores = ranked.map(entry => entry.score);
        [6, 4.8 * 11 / 9, 4 * 13 / 9, 4, 14 / 9, 1].forEach((score, i) => expect(scores[i]).toBeCloseTo(score, 10));
        expect(ranked[1]).toMatchObject({ weight: 3, personas: 2, reach: 80, feeling: 4.5, opportunities: [{ name: 'O7', quadrant: 'money-pit' }] });
        expect(ranked[1].why).toBe('abandon (x3) x 2 personas x 80% of starters reach it x feeling 4.5 on 1..10 (x1.22) = 5.87');
        expect(ranked[3].why).toBe('workaround (x2) x 2 personas x 100% of starters reach it x feeling 7.5 on 1..10 (x1) = 4; nothing addresses it yet');
        expect(ranked[5].why).toBe('unrated (x1) x 1 persona x no funnel reaches it (x1) x no feeling recorded (x1) = 1; nothing addresses it yet');
    });

    it('ranks off-target metrics on a funnel by how many reach them, before the others by relative gap', async () => {
        const rank = (await modelsOf({ 'rank.journey': `journey Rank {
          stage S { touchpoint Cart touchpoint Exchange }
          flow { Cart -> Exchange 30%  Cart -> drop 70% }
          metric Exchanges at Exchange { unit % current 18 target 8 better lower }
          metric Calls { current 50 target 10 better lower }
          metric Abandonment at Cart { unit % current 70 target 60 better lower }
        }` })).get('Rank')!;
        // Abandonment: 100% reach Cart (gap 10/60 = 16.7%); Exchanges: 30% reach it (gap 10/8 = 125%); Calls: on no funnel (400%).
        expect(metricGaps(rank).map(m => [m.name, m.funnelReach ?? null])).toEqual([['Abandonment', 100], ['Exchanges', 30], ['Calls', null]]);
    });
});
