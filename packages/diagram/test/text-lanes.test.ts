import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyModel } from '@journey-maps/language';
import { buildGraph, lanes, layoutDiagram, renderDiagram, resolveOptions, type Lane, type PositionedDiagram, type Rect, type TextLane } from '../src/index.js';
import { exampleFiles, modelsOf } from './example-models.js';

const textOf = (lane: TextLane | undefined, id: string) => lane?.items.find(item => item.id === id)?.texts.map(part => part.text);
const laneOf = (lanes: readonly TextLane[], key: Lane) => lanes.find(lane => lane.lane === key);
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A small map with one touchpoint of everything, to see each lane come and go. */
const everything = `persona P
journey J {
  stage S "Stage" {
    goal "Get it done"
    expects "No surprises"
    question "Will it fit?"
    touchpoint A "Front" { frontstage does "Clicks <buy> & pays" thinks "Cheap" says "Great, a <deal>" artifact "Receipt email" support "Payment service" feels P 1 }
    touchpoint B "Back" { backstage does "Packs the order" support "Warehouse system" }
  }
  flow P { A -> B }
  pain X "Slow" at A { severity workaround }
  opportunity O "Faster" { solves X }
  metric M "Conversion" at A { unit % current 10 target 20 better higher }
  experiment E "Test" { for O hypothesis "Faster is better" metric M expect +5% observed +7% status won result "Shipped" }
  experiment F "Loose" { kind pilot }
}`;

describe('text lanes', () => {
    let activewear: JourneyModel;
    let support: JourneyModel;
    let small: JourneyModel;
    /** Touchpoints, a flow, an emotion, a pain and a metric, and none of the texts of a text lane. */
    let plain: JourneyModel;
    beforeAll(async () => {
        plain = [...(await modelsOf({ 'plain.journey': `persona P journey J { stage S { touchpoint A { feels P 1 } touchpoint B }
            flow P { A -> B } pain X at A metric M at B { current 1 } }` })).values()][0];
        const models = await modelsOf(exampleFiles());
        activewear = models.get('ActivewearFirstPurchase')!;
        support = models.get('SupportResponseTime')!;
        small = [...(await modelsOf({ 'map.journey': everything })).values()][0];
    });

    it('has a lane for each kind of text the map writes, in the lanes order, and none for what it does not', () => {
        const graph = buildGraph(small, resolveOptions());
        expect(graph.textLanes.map(lane => lane.lane)).toEqual(['goals', 'does', 'thinks', 'says', 'evidence', 'experiments', 'backstage', 'support']);
        expect(textOf(laneOf(graph.textLanes, 'goals'), 'goals:S')).toEqual(['Goal: Get it done', 'Expects: No surprises', '“Will it fit?”']);
        expect(textOf(laneOf(graph.textLanes, 'says'), 'says:A')).toEqual(['“Great, a <deal>”']);
        expect(textOf(laneOf(graph.textLanes, 'evidence'), 'evidence:A')).toEqual(['Receipt email']);
        expect(textOf(laneOf(graph.textLanes, 'support'), 'support:B')).toEqual(['Warehouse system']);
        // A backstage touchpoint's work is the staff's: in the backstage lane, not in what the customer does.
        expect(laneOf(graph.textLanes, 'does')!.items.map(item => item.id)).toEqual(['does:A']);
        expect(textOf(laneOf(graph.textLanes, 'backstage'), 'backstage:B')).toEqual(['Packs the order']);
        expect(laneOf(graph.textLanes, 'backstage')!.line).toBe('Line of visibility');
        expect(laneOf(graph.textLanes, 'support')!.line).toBe('Line of internal interaction');
        expect(laneOf(graph.textLanes, 'support')!.items.map(item => item.anchor)).toEqual(['touchpoint:A', 'touchpoint:B']);

        expect(buildGraph(plain, resolveOptions()).textLanes).toEqual([]);
    });

    it('shows an experiment with its status, hypothesis, threshold, result and links, under the pain its opportunity solves', () => {
        const graph = buildGraph(small, resolveOptions());
        const item = laneOf(graph.textLanes, 'experiments')!.items[0];
        expect(item).toMatchObject({ id: 'experiments:E', anchor: 'touchpoint:A', tone: 'won' });
        expect(item.texts.map(part => part.text)).toEqual([
            'WON', 'Test', 'Faster is better', 'Threshold: change +5% of Conversion', 'Observed: change +7%', 'Result: Shipped', '→ Faster'
        ]);
        expect(laneOf(graph.textLanes, 'experiments')!.items[1]).toMatchObject({ id: 'experiments:F', anchor: undefined, tone: 'no-status' });
        expect(laneOf(graph.textLanes, 'experiments')!.items[1].texts.map(part => part.text)).toEqual(['NO STATUS · pilot', 'Loose']);
        const activewearExperiments = laneOf(buildGraph(activewear, resolveOptions()).textLanes, 'experiments')!;
        expect(activewearExperiments.items.map(i => [i.id, i.anchor])).toEqual([
            ['experiments:GuestCheckout', 'touchpoint:Checkout'], ['experiments:ShippingShownEarly', 'touchpoint:Checkout']
        ]);
    });

    it('leaves each hidden lane out, and the line of visibility moves to support when backstage is hidden', () => {
        for (const lane of lanes) {
            const graph = buildGraph(small, resolveOptions({ hideLanes: [lane] }));
            expect(graph.textLanes.map(l => l.lane)).not.toContain(lane);
        }
        const noBackstage = buildGraph(small, resolveOptions({ hideLanes: ['backstage'] }));
        expect(laneOf(noBackstage.textLanes, 'support')!.line).toBe('Line of visibility');
        expect(buildGraph(small, resolveOptions({ hideLanes: [...lanes] })).textLanes).toEqual([]);
    });

    it('every lane of a journey map appears in the activewear or the support example', () => {
        const shown = new Set([activewear, support].flatMap(model => buildGraph(model, resolveOptions()).textLanes.map(lane => lane.lane)));
        const drawn = new Set([...shown, 'emotions', 'pains', 'metrics']);
        expect(lanes.filter(lane => !drawn.has(lane))).toEqual([]);
    });

    describe('layout', () => {
        let diagram: PositionedDiagram;
        let blueprint: PositionedDiagram;
        beforeAll(async () => {
            diagram = await layoutDiagram(activewear);
            blueprint = await layoutDiagram(support);
        });

        it('puts the customer lanes above the cards, experiments between pains and metrics, the blueprint at the bottom', () => {
            const top = (d: PositionedDiagram, key: Lane) => Math.min(...d.textLanes.find(l => l.lane === key)!.items.map(item => item.rect.y));
            const bottom = (d: PositionedDiagram, key: Lane) => Math.max(...d.textLanes.find(l => l.lane === key)!.items.map(item => item.rect.y + item.rect.height));
            const cardsTop = Math.min(...diagram.boxes.map(box => box.rect.y));
            for (const key of ['goals', 'does', 'thinks', 'says', 'evidence'] as const) {
                expect(bottom(diagram, key)).toBeLessThan(cardsTop);
            }
            expect(bottom(diagram, 'goals')).toBeLessThan(top(diagram, 'does'));
            expect(bottom(diagram, 'does')).toBeLessThan(top(diagram, 'thinks'));
            expect(bottom(diagram, 'thinks')).toBeLessThan(top(diagram, 'says'));
            expect(top(diagram, 'experiments')).toBeGreaterThan(Math.max(...diagram.pains.map(p => p.rect.y + p.rect.height)));
            expect(bottom(diagram, 'experiments')).toBeLessThan(Math.min(...diagram.metrics.map(m => m.rect.y)));
            expect(top(blueprint, 'backstage')).toBeGreaterThan(Math.max(...blueprint.metrics.map(m => m.rect.y + m.rect.height)));
            expect(top(blueprint, 'support')).toBeGreaterThan(bottom(blueprint, 'backstage'));
        });

        it('puts each item under its card, items of a lane never overlapping', () => {
            for (const d of [diagram, blueprint]) {
                const cards = new Map(d.boxes.map(box => [box.id, box.rect]));
                for (const lane of d.textLanes) {
                    lane.items.forEach((a, i) => lane.items.slice(i + 1).forEach(b => expect(overlap(a.rect, b.rect), `${a.id} / ${b.id}`).toBe(false)));
                    for (const item of lane.items.filter(item => item.anchor?.startsWith('touchpoint:'))) {
                        expect(item.rect.x, item.id).toBe(cards.get(item.anchor!)!.x);
                        expect(item.rect.width, item.id).toBe(cards.get(item.anchor!)!.width);
                    }
                }
            }
        });

        it('names the blueprint lines on the lanes of a service blueprint only', () => {
            const named = (d: PositionedDiagram) => d.lanes.flatMap(lane => lane.line ? [lane.line.nameLine.text] : []);
            expect(named(blueprint)).toEqual(['LINE OF INTERACTION', 'LINE OF VISIBILITY', 'LINE OF INTERNAL INTERACTION']);
            expect(named(diagram)).toEqual([]);
        });
    });

    it('puts an item without an anchor at the start of the journey, as wide as two cards', async () => {
        const placed = await layoutDiagram(small);
        const [anchored, loose] = placed.textLanes.find(lane => lane.lane === 'experiments')!.items;
        const first = placed.boxes.find(box => box.id === 'touchpoint:A')!.rect;
        expect(anchored.rect).toMatchObject({ x: first.x, width: first.width });
        expect(loose.rect.x).toBe(first.x);
        expect(loose.rect.width).toBeGreaterThan(2 * first.width);
        expect(loose.rect.y).toBeGreaterThanOrEqual(anchored.rect.y + anchored.rect.height);
    });

    it('draws every text lane as a group of items with ids and source ranges, the texts escaped', async () => {
        const svg = await renderDiagram(small, { embedFont: false });
        for (const lane of ['goals', 'does', 'thinks', 'says', 'evidence', 'experiments', 'backstage', 'support']) {
            expect(svg).toContain(`<g class="jm-text-lane" data-lane="${lane}">`);
        }
        expect(svg).toMatch(/<g class="jm-note-item" data-id="says:A" data-range="\d+:\d+-\d+:\d+">/);
        expect(svg).toContain('“Great, a &lt;deal&gt;”');
        expect(svg).toContain('Clicks &lt;buy&gt; &amp; pays');
        expect(svg).not.toContain('<deal>');
        const hidden = await renderDiagram(small, { embedFont: false, hideLanes: ['says'] });
        expect(hidden).not.toContain('data-lane="says"');
        expect(hidden).not.toContain('Great, a');
    });
});
