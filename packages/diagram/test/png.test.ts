import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyModel } from '@journey-maps/language';
import { nodePngResources, renderDiagram, svgToPng } from '../src/index.js';
import { exampleFiles, modelsOf } from './example-models.js';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('PNG (resvg as WebAssembly, fonts passed in)', () => {
    let model: JourneyModel;
    let svg: string;
    beforeAll(async () => {
        model = (await modelsOf(exampleFiles())).get('TouchpointImprovements')!;
        svg = await renderDiagram(model, { colours: 'fixed', embedFont: false });
    });

    it('rasterises the SVG at its own size, and the same SVG to the same bytes', async () => {
        const png = Buffer.from(await svgToPng(svg, nodePngResources()));
        expect([...png.subarray(0, 8)]).toEqual(pngSignature);
        const [width, height] = /<svg [^>]*width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg)!.slice(1).map(Number);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.ceil(width), Math.ceil(height)]);
        expect(Buffer.from(await svgToPng(svg, nodePngResources())).equals(png)).toBe(true);
    });

    it('draws the text with the Inter fonts given, and with no others', async () => {
        const png = Buffer.from(await svgToPng(svg, nodePngResources()));
        const withoutText = Buffer.from(await svgToPng(svg.replace(/<text [^>]*>[^<]*<\/text>/g, ''), nodePngResources()));
        expect(png.equals(withoutText)).toBe(false);
        const { wasm } = await nodePngResources();
        const withoutFonts = Buffer.from(await svgToPng(svg, { wasm, fonts: [] }));
        expect(withoutFonts.equals(withoutText)).toBe(true);
    });

    it('rejects an SVG it cannot read instead of crashing', async () => {
        await expect(svgToPng('<svg', nodePngResources())).rejects.toThrow();
    });
});
