import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyModel } from '@journey-maps/language';
import { buildGraph, resolveOptions, type CardNode } from '../src/index.js';
import { exampleFiles, modelsOf } from './example-models.js';

describe('diagram graph', () => {
    let activewear: JourneyModel;
    let support: JourneyModel;
    beforeAll(async () => {
        const models = await modelsOf(exampleFiles());
        activewear = models.get('ActivewearFirstPurchase')!;
        support = models.get('SupportResponseTime')!;
    });

    it('gives every element a stable id from its names and the source range of what it shows', () => {
        const graph = buildGraph(activewear, resolveOptions());
        const card = graph.boxes.find(box => box.id === 'touchpoint:Website') as CardNode;
        expect(card.range).toEqual(activewear.touchpoints.find(t => t.name === 'Website')!.range);
        expect(card.moment).toBe(true);
        expect(graph.edges.map(edge => edge.id)).toContain('edge:flow-1/AddToCart->Reviews');
        expect(graph.edges.find(edge => edge.id === 'edge:flow-1/AddToCart->Reviews')?.backtrack).toBe(true);
        expect(graph.boxes.find(box => box.id === 'drop:flow-2/AddToCart')).toMatchObject({ kind: 'drop', text: 'drop-off 70%' });
        expect(graph.pains.find(pain => pain.id === 'pain:SlowConfusingCheckout')?.opportunities.map(o => o.id)).toEqual([
            'pain:SlowConfusingCheckout/opportunity:SimplerCheckout', 'pain:SlowConfusingCheckout/opportunity:ShippingCostsEarly'
        ]);
        const ids = [...graph.boxes, ...graph.edges, ...graph.pains, ...graph.metrics, ...graph.curves].map(item => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(buildGraph(activewear, resolveOptions())).toEqual(graph);
    });

    it('nests sub-stages inside their stage, and folds them into it in compact mode', () => {
        const delivery = buildGraph(activewear, resolveOptions()).stages.find(stage => stage.id === 'stage:Delivery')!;
        expect(delivery.stages.map(stage => stage.id)).toContain('stage:WaitingForDelivery');
        const compact = buildGraph(activewear, resolveOptions({ compact: true }));
        const folded = compact.stages.find(stage => stage.id === 'stage:Delivery')!;
        expect(folded.stages).toEqual([]);
        expect(folded.boxes).toEqual(delivery.boxes);
        expect(compact.pains.find(pain => pain.id === 'pain:NoDeliveryDate')?.anchor).toBe('stage:Delivery');
    });

    it('shows only the chosen personas, and leaves hidden lanes out', () => {
        const all = buildGraph(support, resolveOptions());
        expect(all.curves.map(curve => curve.persona)).toEqual(['Marco', 'Colleen']);
        const marco = buildGraph(support, resolveOptions({ personas: ['Marco'] }));
        expect(marco.curves.map(curve => curve.persona)).toEqual(['Marco']);
        expect(marco.edges.every(edge => edge.persona === undefined || edge.persona === 0)).toBe(true);
        expect(marco.edges.length).toBeLessThan(all.edges.length);
        const bare = buildGraph(support, resolveOptions({ hideLanes: ['emotions', 'pains', 'metrics'] }));
        expect([bare.curves, bare.pains, bare.metrics]).toEqual([[], [], []]);
        expect(bare.boxes).toEqual(all.boxes);
    });

    it("joins a persona's emotion curve along the persona's flow, as the report does; feelings off it stay apart", () => {
        const [marco, colleen] = buildGraph(support, resolveOptions()).curves;
        // Marco's flow: help article, chat, a reply in 1-5 minutes, solved, survey, next order; his other reply bands are off it.
        expect(marco.points.map(point => point.box)).toEqual(['touchpoint:HelpArticle', 'touchpoint:ChatRequest', 'touchpoint:Reply1To5Min',
            'touchpoint:AgentSolves', 'touchpoint:CsatSurvey', 'touchpoint:NextOrder']);
        expect(marco.offPath.map(point => point.box)).toEqual(['touchpoint:ReplyUnder1Min', 'touchpoint:Reply5To30Min', 'touchpoint:Reply30To60Min',
            'touchpoint:Reply1To2Hours', 'touchpoint:ReplyOver2Hours']);
        expect(colleen.offPath).toEqual([]);
    });

    it('draws the repeated steps of one flow between two touchpoints as one edge with a count', async () => {
        const steps = Array.from({ length: 200 }, (_, i) => i % 2 ? 'B -> A "back"' : 'A -> B 50% "there"').join(' ');
        const [model] = (await modelsOf({ 'map.journey': `persona P journey J { stage S { touchpoint A touchpoint B }
            flow P { ${steps} B -> drop 5% B -> drop 5% } }` })).values();
        const graph = buildGraph(model, resolveOptions());
        expect(graph.edges.map(edge => [edge.id, edge.labelLines])).toEqual([
            ['edge:flow-1/A->B', ['50%', 'there', '×100']],
            ['edge:flow-1/B->A', ['back', '×100']],
            ['edge:flow-1/B->drop', ['×2']]
        ]);
        expect(graph.boxes.filter(box => box.kind === 'drop').map(box => box.id)).toEqual(['drop:flow-1/B']);
        expect(graph.edges[0].range).toEqual(model.flows[0].steps[0].range);
    });

    it('draws at most four edges between two touchpoints, the rest as one', async () => {
        const flows = Array.from({ length: 10 }, (_, i) => `flow P "f${i}" { A -> B "go" }`).join('\n');
        const [model] = (await modelsOf({ 'map.journey': `persona P journey J { stage S { touchpoint A touchpoint B } ${flows} }` })).values();
        const graph = buildGraph(model, resolveOptions());
        expect(graph.edges.map(edge => [edge.id, edge.flow, edge.persona, edge.labelLines])).toEqual([
            ['edge:flow-1/A->B', 'flow-1', 0, ['go']],
            ['edge:flow-2/A->B', 'flow-2', 0, ['go']],
            ['edge:flow-3/A->B', 'flow-3', 0, ['go']],
            ['edge:flow-4/A->B', 'flow-4', undefined, ['7 more flows']]
        ]);
    });

    it('draws at most four drop-offs from one touchpoint, the rest as one', async () => {
        const flows = Array.from({ length: 10 }, (_, i) => `flow P "f${i}" { A -> B B -> drop 10% }`).join('\n');
        const [model] = (await modelsOf({ 'map.journey': `persona P journey J { stage S { touchpoint A touchpoint B } ${flows} }` })).values();
        const graph = buildGraph(model, resolveOptions());
        const drops = graph.edges.filter(edge => edge.drop);
        expect(drops.map(edge => [edge.target, edge.labelLines])).toEqual([
            ['drop:flow-1/B', []], ['drop:flow-2/B', []], ['drop:flow-3/B', []], ['drop:flow-4/B', ['7 more flows']]
        ]);
        expect(graph.boxes.filter(box => box.kind === 'drop').map(box => [box.id, box.kind === 'drop' && box.text])).toEqual([
            ['drop:flow-1/B', 'drop-off 10%'], ['drop:flow-2/B', 'drop-off 10%'], ['drop:flow-3/B', 'drop-off 10%'], ['drop:flow-4/B', 'drop-off']
        ]);
    });
});
