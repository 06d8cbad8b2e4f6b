import { beforeAll, describe, expect, it } from 'vitest';
import { LayoutCache, renderDiagram } from '../src/index.js';
import { exampleFiles, modelsOf } from './example-models.js';

const file = 'activewear-first-purchase.journey';
const journey = 'ActivewearFirstPurchase';

/** The example's journey model, its text changed by `edit` first. */
async function modelAfter(edit: (text: string) => string) {
    const files = exampleFiles();
    const models = await modelsOf({ ...files, [file]: edit(files[file]) });
    return models.get(journey)!;
}

describe('the layout cache', () => {
    const cache = new LayoutCache();
    let first: string;
    beforeAll(async () => {
        first = await renderDiagram(await modelAfter(text => text), { embedFont: false, layoutCache: cache });
    });

    it('reuses the layout when an edit changes no size and no edge, and draws what a fresh render draws', async () => {
        expect(cache.counts).toEqual({ computed: 1, reused: 0 });
        const retitled = await modelAfter(text => text.replace('"Brand profile on social media"', '"Brand profile on social medix"'));
        const cached = await renderDiagram(retitled, { embedFont: false, layoutCache: cache });
        expect(cache.counts).toEqual({ computed: 1, reused: 1 });
        expect(cached).toContain('medix');
        expect(cached).not.toBe(first);
        expect(cached).toBe(await renderDiagram(retitled, { embedFont: false }));
    });

    it('lays out again when a box, an edge or an option changes', async () => {
        const before = cache.counts.computed;
        const longer = await modelAfter(text => text.replace('"Brand profile on social media"', `"Brand profile on social media ${'and much more '.repeat(12)}"`));
        await renderDiagram(longer, { embedFont: false, layoutCache: cache });
        expect(cache.counts.computed).toBe(before + 1);
        const base = await modelAfter(text => text);
        await renderDiagram(base, { embedFont: false, layoutCache: cache, compact: true });
        expect(cache.counts.computed).toBe(before + 2);
        const fewerFlows = { ...base, flows: [] };
        const unflowed = await renderDiagram(fewerFlows, { embedFont: false, layoutCache: cache });
        expect(cache.counts.computed).toBe(before + 3);
        expect(unflowed).toBe(await renderDiagram(fewerFlows, { embedFont: false }));
        // The original graph is still cached: drawing it again lays nothing out.
        expect(await renderDiagram(base, { embedFont: false, layoutCache: cache })).toBe(first);
        expect(cache.counts.computed).toBe(before + 3);
    });

    it('keeps only its capacity of layouts, dropping the least recently used', async () => {
        const small = new LayoutCache(1);
        const base = await modelAfter(text => text);
        await renderDiagram(base, { embedFont: false, layoutCache: small });
        await renderDiagram(base, { embedFont: false, layoutCache: small, compact: true });
        await renderDiagram(base, { embedFont: false, layoutCache: small });
        expect(small.counts).toEqual({ computed: 3, reused: 0 });
    });
});
