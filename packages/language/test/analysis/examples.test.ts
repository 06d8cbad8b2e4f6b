import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseJourney, type JourneyAnalysis } from '../../src/index.js';
import { modelsOf } from './model-of.js';

const examplesDir = resolve(import.meta.dirname, '../../../../examples');
const examples = Object.fromEntries(readdirSync(examplesDir).filter(name => name.endsWith('.journey')).map(name => [name, readFileSync(resolve(examplesDir, name), 'utf8')]));

describe('analyses of the support example', () => {
    it("draws Marco's curve along his flow, not through the six reply bands", async () => {
        const support = analyseJourney((await modelsOf(examples)).get('SupportResponseTime')!, '2026-11-22');
        const marco = support.emotionCurves.find(curve => curve.persona === 'Marco')!;
        expect(marco).toMatchObject({ order: 'flow', flow: 'flow-3' });
        // HelpArticle -1, ChatRequest 0, Reply1To5Min +2, AgentSolves +1, CsatSurvey 0, NextOrder +1.
        expect(marco.points.map(point => `${point.touchpoint} ${point.score}`)).toEqual([
            'HelpArticle -1', 'ChatRequest 0', 'Reply1To5Min 2', 'AgentSolves 1', 'CsatSurvey 0', 'NextOrder 1'
        ]);
        expect(marco.offPath.map(point => point.touchpoint)).toEqual(['ReplyUnder1Min', 'Reply5To30Min', 'Reply30To60Min', 'Reply1To2Hours', 'ReplyOver2Hours']);
        // Troughs: HelpArticle (-1, below ChatRequest) and CsatSurvey (0, between 1 and 1). Falls: 2 -> 1 and 1 -> 0, both 1.
        expect(marco.troughs.map(point => point.touchpoint)).toEqual(['HelpArticle', 'CsatSurvey']);
        expect(marco.drops.map(drop => `${drop.from.touchpoint}->${drop.to.touchpoint} ${drop.fall}`)).toEqual([
            'Reply1To5Min->AgentSolves 1', 'AgentSolves->CsatSurvey 1'
        ]);
    });
});

describe('analyses of the activewear example', () => {
    let activewear: JourneyAnalysis;
    beforeAll(async () => {
        activewear = analyseJourney((await modelsOf(examples)).get('ActivewearFirstPurchase')!, '2026-11-22');
    });

    it('finds the 70% cart abandonment as the biggest drop-off', () => {
        expect(activewear.dropOffs[0]).toMatchObject({ touchpoint: 'AddToCart', share: 70, label: 'abandon the cart', persona: undefined });
    });

    it('puts cart abandonment first: 70% against a target of 60%, lower is better, 10 points (1/6 of the target) to go', () => {
        const [abandonment, ...rest] = activewear.metrics;
        expect(abandonment).toMatchObject({ name: 'CartAbandonment', status: 'off-target', value: 70, target: 60, better: 'lower', gap: 10 });
        expect(abandonment.relativeGap).toBeCloseTo(100 / 6, 10);
        // Every other metric has a target and no value yet.
        expect(rest.map(metric => metric.status)).toEqual(Array(8).fill('no-data'));
    });

    it("draws Sarah's curve: the delivery wait is the deepest trough; five falls of 2 points, the first at the website", () => {
        const [sarah] = activewear.emotionCurves;
        expect(sarah.points).toHaveLength(21);
        expect(sarah.troughs.map(point => `${point.touchpoint} ${point.score}`)).toEqual([
            'DeliveryStatusEmails -2', 'Website -1', 'HelpCentre -1', 'Checkout -1', 'SignForDelivery 0'
        ]);
        // Along her flow, DeliveryRequest (0) comes between Checkout (-1) and the thank-you email (+1): no trough there,
        // as it was in text order (after the thank-you email).
        expect(sarah).toMatchObject({ order: 'flow', offPath: [] });
        expect(sarah.drops.filter(drop => drop.fall === 2).map(drop => `${drop.from.touchpoint}->${drop.to.touchpoint}`)).toEqual([
            'BrandProfile->Website', 'FirstTimeDiscount->HelpCentre', 'CartEmail->Checkout', 'ConfirmationEmail->SupportAgent', 'Package->SignForDelivery'
        ]);
        // 1+1-1+0+1+1+1-1+0+1-1+1+0+1-1-2+1+2+0+1+1 = 7 over 21 points.
        expect(sarah.average).toBeCloseTo(7 / 21, 10);
    });

    it('ranks the abandon pains first and shows quick wins first in the matrix', () => {
        expect(activewear.pains.map(pain => pain.name)).toEqual([
            'SlowPages', 'SlowConfusingCheckout', 'NoSupport', 'PoorNavigation', 'LowResolutionImages', 'NoDeliveryDate'
        ]);
        expect(activewear.pains.every(pain => pain.addressed)).toBe(true);
        expect(activewear.opportunities.map(o => `${o.name} ${o.quadrant}`)).toEqual([
            'ShippingCostsEarly quick-win', 'SharpImages quick-win', 'FasterPages big-bet', 'ClearNavigation big-bet',
            'SimplerCheckout big-bet', 'LiveHelp big-bet', 'DeliveryTracking big-bet'
        ]);
    });

    it('lists the moments of truth weakest first: help centre and checkout (7/3), website (3), support agent (10/3)', () => {
        expect(activewear.momentsOfTruth.map(m => [m.touchpoint, m.average])).toEqual([
            ['HelpCentre', 7 / 3], ['Checkout', 7 / 3], ['Website', 3], ['SupportAgent', 10 / 3]
        ]);
    });

    it('finds every touchpoint on a flow, and the map fresh until its quarterly review on 2027-01-15', () => {
        expect(activewear.unreachedTouchpoints).toEqual([]);
        expect(activewear.freshness).toMatchObject({ status: 'fresh', due: '2027-01-15', daysLeft: 54 });
    });
});
