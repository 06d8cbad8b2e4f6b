import { describe, expect, it } from 'vitest';
import { map, openWorkspace, positionOf, shared, textDocument } from './lsp-helper.js';

async function hoverAt(marker: string, delta = 0, occurrence = 1, text?: string, sharedText?: string): Promise<string> {
    const { services, documents } = await openWorkspace(text === undefined ? undefined : { 'shared.journey': sharedText ?? shared, 'map.journey': text });
    const document = documents['map.journey'];
    const hover = await services.lsp.HoverProvider!.getHoverContent(document, { textDocument: textDocument(document), position: positionOf(document, marker, delta, occurrence) });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('hover', () => {
    it('shows a persona card on a reference, with markdown in titles escaped', async () => {
        const text = await hoverAt('feels Sarah', 7);
        expect(text).toContain('**Sarah, \\*fitness\\* enthusiast** · persona `Sarah`');
        expect(text).toContain('Trains five times a week');
        expect(text).toContain("> If I can't find it in two minutes, I'm gone.");
        expect(text).toContain('Goals:\n- Find durable activewear');
        expect(text).toContain('Frustrations:\n- Surprise costs');
    });

    it('keeps the line breaks of texts in triple quotes, and a line that would start a list stays text', async () => {
        const persona = shared
            .replace('description "Trains five times a week"', 'description """\n    Trains five times a week\n      - mostly runs\n    """')
            .replace('quote "If I can\'t find it in two minutes, I\'m gone."', 'quote """\n    Two minutes,\n    then I am gone.\n    """')
            .replace('goal "', 'goal """\n    Find it\n    fast"""\n  goal "');
        const text = await hoverAt('feels Sarah', 7, 1, map, persona);
        expect(text).toContain('Trains five times a week\\\n&nbsp;&nbsp;\\- mostly runs');
        expect(text).toContain('> Two minutes,\\\n> then I am gone.');
        expect(text).toContain('Goals:\n- Find it\\\n  fast\n- Find durable activewear');
    });

    it("shows a persona's backstory, and every channel of a touchpoint", async () => {
        const text = `persona Ana "Ana" {
  frustration "Forms that ask twice"
  need "Confidence the order went through"
  requirement "A confirmation within a minute"
  outcome "Orders without a second thought"
}
${map.replace('channel web', 'channel web, app').replace('feels Sarah -1 "anxious"', 'feels Sarah -1 "anxious" feels Ana 1')}`;
        const card = await hoverAt('feels Ana', 7, 1, text);
        expect(card).toContain('Needs:\n- Confidence the order went through');
        expect(card).toContain('Requirements:\n- A confirmation within a minute');
        expect(card).toContain('Outcomes:\n- Orders without a second thought');
        expect(await hoverAt('Checkout -> drop', 2, 1, text)).toContain('channel: Website, Mobile app · owner: Web team');
    });

    it("shows a touchpoint's channel, emotions, pains and metrics", async () => {
        const text = await hoverAt('Checkout -> drop', 2);
        expect(text).toContain('**Checkout page** · touchpoint, moment of truth `Checkout`');
        expect(text).toContain('channel: Website · owner: Web team');
        expect(text).toContain('Feels:\n- Sarah -1 "anxious"');
        expect(text).toContain('Pain points:\n- Surprise shipping costs (abandon)');
        expect(text).toContain('Metrics:\n- Cart abandonment: not measured yet, target 60% (lower is better)');
    });

    it("shows what the customer does, thinks and says at a touchpoint, its support and its physical evidence", async () => {
        const text = await hoverAt('touchpoint Checkout', 12, 1, map.replace('owner Web\n      feels', 'owner Web\n      does "Pays" thinks "Is it *safe*?" says "Where is the total?" support "Payment service" artifact "Receipt email"\n      feels'));
        expect(text).toContain('Does:\n- Pays');
        expect(text).toContain('Thinks:\n- Is it \\*safe\\*?');
        expect(text).toContain('Says:\n- “Where is the total?”');
        expect(text).toContain('Support:\n- Payment service');
        expect(text).toContain('Physical evidence:\n- Receipt email');
    });

    it('shows a metric against its target and a pain with the opportunities that address it', async () => {
        expect(await hoverAt('metric Abandonment', 8)).toContain('Cart abandonment: not measured yet, target 60% (lower is better)');
        const pain = await hoverAt('solves Surprise', 8);
        expect(pain).toContain('severity: abandon · at: Checkout · affects: Sarah');
        expect(pain).toContain('Addressed by:\n- Show shipping early (planned)');
    });

    it('leaves numbers out of bounds out of a metric card', async () => {
        const huge = `1${'0'.repeat(400)}`;
        const text = map.replace('baseline 70 target 60', `baseline ${huge} target 60`).replace('feels Sarah -1', `feels Sarah -${huge}`).replace('status planned }', `status planned }\n  experiment E { metric Abandonment expect ${huge}% }`);
        const metric = await hoverAt('metric Abandonment', 8, 1, text);
        expect(metric).toContain('Cart abandonment: not measured yet, target 60%');
        expect(metric).not.toMatch(/Infinity|NaN/);
        expect(await hoverAt('experiment E', 12, 1, text)).not.toMatch(/Infinity|NaN/);
        expect(await hoverAt('touchpoint Checkout', 12, 1, text)).not.toMatch(/Infinity|NaN/);
    });
});
