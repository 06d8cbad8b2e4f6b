import { describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import { map, openWorkspace, positionOf, shared, textDocument } from './lsp-helper.js';

async function completeAt(text: string, marker: string, delta: number): Promise<CompletionItem[]> {
    const { services, documents } = await openWorkspace({ 'shared.journey': shared, 'map.journey': text });
    const document = documents['map.journey'];
    const list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: textDocument(document), position: positionOf(document, marker, delta) });
    return list?.items ?? [];
}

describe('completion', () => {
    it('offers references with their titles as detail', async () => {
        const items = await completeAt(map.replace('owner Web\n      feels', 'owner \n      feels'), 'owner \n', 6);
        expect(items.filter(item => item.detail?.startsWith('team')).map(item => [item.label, item.detail])).toEqual([
            ['Web', 'team: Web team'], ['CX', 'team: Customer experience']
        ]);
        const channels = await completeAt(map.replace('channel web', 'channel '), 'channel ', 8);
        expect(channels.map(item => [item.label, item.detail])).toEqual(expect.arrayContaining([['web', 'channel: Website'], ['review-site', 'channel: Review site']]));
    });

    it("offers the values of the journey's emotion scale after a persona", async () => {
        const items = await completeAt(map.replace('feels Sarah -1 "anxious"', 'feels Sarah '), 'feels Sarah ', 12);
        expect(items.filter(item => item.detail?.includes('scale')).map(item => item.label)).toEqual(['-2', '-1', '0', '+1', '+2']);
    });

    it('offers personas and segments after feels, and channels as well as places after a metric\'s at', async () => {
        const text = `segment Returning "Returning customers"\n${map.replace('feels Sarah -1 "anxious"', 'feels ')}`;
        const feelers = await completeAt(text, 'feels \n', 6);
        expect(feelers.map(item => [item.label, item.detail])).toEqual(expect.arrayContaining([['Sarah', 'persona: Sarah, *fitness* enthusiast'], ['Returning', 'segment: Returning customers']]));
        const places = await completeAt(map.replace('at Checkout {', 'at  {'), 'at  {', 3);
        expect(places.map(item => [item.label, item.detail])).toEqual(expect.arrayContaining([['Checkout', 'touchpoint: Checkout page'], ['Buy', 'stage: Buying'], ['app', 'channel: Mobile app']]));
    });

    it('offers the values an enumeration takes', async () => {
        const items = await completeAt(map.replace('severity abandon', 'severity '), 'severity ', 9);
        expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['trivial', 'workaround', 'abandon']));
    });

    it('offers block keywords valid at the cursor, with a scaffold to fill in', async () => {
        const items = await completeAt(map.replace('  stage Buy', '  \n  stage Buy'), '  \n  stage Buy', 2);
        const labels = items.map(item => item.label);
        expect(labels).toEqual(expect.arrayContaining(['stage', 'flow', 'metric', 'pain', 'opportunity', 'experiment', 'kind', 'reviewed']));
        expect(labels).not.toContain('touchpoint');
        const scaffold = items.find(item => item.label === 'stage …');
        expect(scaffold?.insertText).toBe('stage ${1:Name} "${2:Title}" {\n\tgoal "${3:What the customer wants here}"\n\t$0\n}');
    });

    it('offers the keywords of a touchpoint, says, support and artifact among them', async () => {
        const items = await completeAt(map.replace('      owner Web\n', '      owner Web\n      \n'), 'owner Web\n      \n', 16);
        expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['does', 'thinks', 'says', 'support', 'artifact', 'frontstage', 'backstage']));
    });

    it('offers the ends and zero of a wide or huge scale, never every value in it', async () => {
        for (const [scale, expected] of [['-1000000 .. 1000000', ['-2', '-1', '0', '+1', '+2']], ['-50 .. 50', ['-50', '0', '+50']], ['0 .. 10', ['0', '+1', '+2', '+3', '+4', '+5', '+6', '+7', '+8', '+9', '+10']], ['1 .. 50', ['+1', '+50']],
            [`-1${'0'.repeat(20)} .. 1${'0'.repeat(20)}`, ['-2', '-1', '0', '+1', '+2']]] as const) {
            const text = map.replace('feels Sarah -1 "anxious"', 'feels Sarah ').replace(/(journey \w+ "[^"]*" \{)/, `$1 scale ${scale}`);
            const items = await completeAt(text, 'feels Sarah ', 12);
            expect(items.filter(item => item.detail?.includes('scale')).map(item => item.label), scale).toEqual(expected);
        }
    });
});
