import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { journeyModel, type Journey, type JourneyModel } from '../src/index.js';
import { checkFiles } from './check-helper.js';

const examplesDir = resolve(import.meta.dirname, '../../../examples');
const examples = Object.fromEntries(readdirSync(examplesDir).filter(name => name.endsWith('.journey')).map(name => [name, readFileSync(resolve(examplesDir, name), 'utf8')]));

async function modelsOf(files: Record<string, string>): Promise<Map<string, JourneyModel>> {
    const checked = await checkFiles(files);
    const journeys = checked.flatMap(doc => doc.document.parseResult.value.elements.filter((e): e is Journey => e.$type === 'Journey'));
    return new Map(journeys.map(journey => [journey.name, journeyModel(journey)]));
}

describe('journey model', () => {
    let models: Map<string, JourneyModel>;
    beforeAll(async () => { models = await modelsOf(examples); });
    const activewear = () => models.get('ActivewearFirstPurchase')!;

    it('resolves the header: title, kind, owner, review, scale and personas with their titles', () => {
        const model = activewear();
        expect(model).toMatchObject({
            name: 'ActivewearFirstPurchase', title: "Activewear: Sarah's first purchase", kind: 'current-state',
            owner: { name: 'CX', title: 'Customer experience' }, reviewed: '2026-10-15', cadence: { count: 1, unit: 'quarter' },
            evidence: 'researched', scale: { min: -2, max: 2 }
        });
        expect(model.personas.map(p => [p.name, p.title, p.range.uri])).toEqual([['Sarah', 'Sarah, fitness enthusiast', 'file:///workspace/shared.journey']]);
    });

    it('has no cadence where the parser recovered one without its unit', async () => {
        for (const text of ['journey J {\n  reviewed 2026-10-01 every\n}\n', 'journey J {\n  reviewed 2026-10-01 every 2 \u0000\n}\n']) {
            const model = (await modelsOf({ 'j.journey': text })).get('J')!;
            expect(model.reviewed).toBe('2026-10-01');
            expect(model.cadence).toBeUndefined();
        }
    });

    it('keeps stages in order as a tree, and every touchpoint flat in text order with its innermost stage', () => {
        const model = activewear();
        expect(model.stages.map(s => s.name)).toEqual(['Awareness', 'Interest', 'Consideration', 'Decision', 'Conversion', 'Delivery', 'Retention']);
        const delivery = model.stages[5];
        expect(delivery.stages.map(s => [s.name, s.depth])).toEqual([
            ['RequestingDelivery', 1], ['ConfirmingDelivery', 1], ['WaitingForDelivery', 1], ['ReceivingItems', 1], ['SigningDocuments', 1]
        ]);
        expect(delivery.touchpoints).toEqual([]);
        expect(delivery.stages[1].touchpoints).toEqual(['ConfirmationEmail', 'SupportAgent']);
        expect(model.touchpoints).toHaveLength(examples['activewear-first-purchase.journey'].match(/^\s*touchpoint /gm)!.length);
        expect(model.touchpoints.find(t => t.name === 'Package')?.stage).toBe('ReceivingItems');
    });

    it('resolves touchpoints: channel with nature, owner, reach, emotions on the scale, moment of truth with scorecard', () => {
        const byName = new Map(activewear().touchpoints.map(t => [t.name, t]));
        expect(byName.get('HelpCentre')).toMatchObject({
            channels: [{ name: 'help-centre', title: 'Help centre: self-service articles and FAQs', nature: 'digital' }],
            owner: { name: 'Support', title: 'Customer support' }, reach: 'direct', lane: 'frontstage'
        });
        expect(byName.get('Reviews')).toMatchObject({ reach: 'indirect', owner: undefined, channels: [{ title: 'Review site' }], says: [], support: [], artifacts: [] });
        expect(byName.get('Package')).toMatchObject({ says: ['They fit perfectly!'], artifacts: ['Branded box, packing slip and a returns label'] });
        expect(byName.get('DeliveryStatusEmails')?.emotions).toMatchObject([{ persona: 'Sarah', score: -2, word: 'irritated', level: 0 }]);
        expect(byName.get('Package')?.emotions[0].level).toBe(1);
        expect(byName.get('Website')?.moment).toMatchObject({
            risk: 'Poor navigation sends her back to the social feed',
            scores: [{ criterion: 'ease', value: 2 }, { criterion: 'credibility', value: 4 }, { criterion: 'resonance', value: 3 }]
        });
    });

    it('places emotions on a declared scale other than the default', () => {
        const colleen = models.get('CuriousColleenVacuum')!;
        expect(colleen.scale).toEqual({ min: 1, max: 5 });
        const first = colleen.touchpoints.flatMap(t => t.emotions)[0];
        expect(first).toMatchObject({ persona: 'Colleen', score: 3, level: 0.5 });
    });

    it('keeps flows with ids, personas, steps, drop-offs and shares', () => {
        const [observed, cart] = activewear().flows;
        expect(observed).toMatchObject({ id: 'flow-1', persona: 'Sarah', title: "Sarah's first purchase, as observed" });
        expect(observed.steps[8]).toMatchObject({ from: 'AddToCart', to: 'Reviews', drop: false, label: 'goes back to the reviews to check the sizing' });
        expect(cart.persona).toBeUndefined();
        expect(cart.steps.map(s => [s.from, s.to, s.drop, s.share])).toEqual([['AddToCart', undefined, true, 70], ['AddToCart', 'Checkout', false, 30]]);
    });

    it('judges each metric against its target in the direction that is better', () => {
        const status = new Map(activewear().metrics.map(m => [m.name, m.status]));
        expect(status.get('CartAbandonment')).toBe('off-target');
        expect(status.get('PostClickThrough')).toBe('no-data');
        const support = models.get('SupportResponseTime')!;
        expect(new Set(support.metrics.map(m => m.status)).has('met')).toBe(true);
        for (const metric of support.metrics.filter(m => m.status === 'met')) {
            const value = metric.current ?? metric.baseline!;
            expect(metric.better === 'lower' ? value <= metric.target! : value >= metric.target!).toBe(true);
        }
    });

    it('links pains with their location, severity, personas and solving opportunities, and opportunities back', () => {
        const model = activewear();
        const checkout = model.pains.find(p => p.name === 'SlowConfusingCheckout')!;
        expect(checkout).toMatchObject({
            location: { kind: 'touchpoint', name: 'Checkout' }, severity: 'abandon', affects: ['Sarah'],
            evidence: ['About 70% of carts are abandoned (web analytics)'], opportunities: ['SimplerCheckout', 'ShippingCostsEarly']
        });
        expect(model.pains.find(p => p.name === 'NoDeliveryDate')?.location).toEqual({ kind: 'stage', name: 'WaitingForDelivery' });
        expect(model.metrics.find(m => m.name === 'OrderToDoor')?.location).toEqual({ kind: 'stage', name: 'WaitingForDelivery' });
        expect(model.opportunities.find(o => o.name === 'LiveHelp')).toMatchObject({ solves: ['NoSupport'], impact: 'high', effort: 'high', owner: { name: 'Support' } });
        expect(model.experiments[0]).toMatchObject({ name: 'GuestCheckout', opportunity: 'SimplerCheckout', metric: 'CartAbandonment', expected: { value: -15, percent: true }, status: 'running' });
    });

    it('records where each element is written, 0-based, in the map file', () => {
        const model = activewear();
        const lines = examples['activewear-first-purchase.journey'].split('\n');
        const website = model.touchpoints.find(t => t.name === 'Website')!;
        expect(website.range.uri).toBe('file:///workspace/activewear-first-purchase.journey');
        expect(lines[website.range.start.line].slice(website.range.start.character)).toMatch(/^touchpoint Website /);
        expect(lines[website.range.end.line].slice(0, website.range.end.character).trim()).toBe('}');
        const drop = model.flows[1].steps[0];
        expect(lines[drop.range.start.line].trim()).toBe('AddToCart -> drop 70% "abandon the cart"');
    });

    it('is plain data: a JSON round trip gives it back unchanged', () => {
        for (const model of models.values()) {
            expect(JSON.parse(JSON.stringify(model))).toEqual(model);
            expect(() => structuredClone(model)).not.toThrow();
        }
    });

    it('keeps the written names of references that do not resolve, so a broken map still has a model', async () => {
        const broken = await modelsOf({ 'map.journey': `journey J { owner Nobody stage S { touchpoint T { channel kiosk feels Ghost 1 } }
            flow { T -> Missing } pain P at Nowhere { severity trivial } }` });
        const model = broken.get('J')!;
        expect(model.owner).toEqual({ name: 'Nobody', title: 'Nobody' });
        expect(model.touchpoints[0]).toMatchObject({ channels: [{ name: 'kiosk', title: 'kiosk', nature: undefined }], emotions: [{ persona: 'Ghost' }] });
        expect(model.flows[0].steps[0].to).toBe('Missing');
        expect(model.pains[0].location).toBeUndefined();
    });

    it('treats numbers out of bounds and a cadence of centuries as absent, so no Infinity or NaN reaches analyses', async () => {
        const huge = `1${'0'.repeat(400)}`;
        const broken = await modelsOf({ 'map.journey': `persona P
            journey J { reviewed 2026-01-01 every 99999999 weeks scale -${huge} .. ${huge}
              stage S { touchpoint T { feels P ${huge} feels P 1 moment of truth { score ease ${huge} score trust 3 } } touchpoint U }
              flow P { T -> U ${huge}% T -> drop 20% }
              metric M at T { baseline ${huge} current 3 target -${huge} }
              experiment E { expect ${huge}% }
            }` });
        const model = broken.get('J')!;
        expect(model.cadence).toBeUndefined();
        expect(model.scale).toEqual({ min: -2, max: 2 });
        expect(model.touchpoints[0].emotions.map(e => e.score)).toEqual([1]);
        expect(model.touchpoints[0].moment?.scores).toEqual([{ criterion: 'trust', value: 3 }]);
        expect(model.flows[0].steps.map(step => step.share)).toEqual([undefined, 20]);
        expect(model.metrics[0]).toMatchObject({ baseline: undefined, current: 3, target: undefined, status: 'no-target' });
        expect(model.experiments[0].expected).toBeUndefined();
        expect(JSON.stringify(model)).not.toMatch(/null|Infinity|NaN/);
    });
});
