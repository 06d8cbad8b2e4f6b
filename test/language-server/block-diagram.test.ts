// `journey/blockDiagram` through the bundled language server over stdio: a journey written inside another document
// (a ```journey block of Markdown) is checked with the workspace's maps, drawn with its colours written out, and
// reports its first error in the block's own lines.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockDiagramRequest, type BlockDiagramResult, type Response } from '../../packages/language-server/src/protocol/lsp.js';
import { startServer, type ServerSession } from '../bench/server-connection.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const activewear = readFileSync(`${examples}activewear-first-purchase.journey`, 'utf8');

describe('journey/blockDiagram', () => {
    let session: ServerSession;
    const draw = (text: string, theme: 'light' | 'dark' = 'light') =>
        session.connection.sendRequest(BlockDiagramRequest, { uri: session.uriOf('notes.md'), text, theme }) as Promise<Response<BlockDiagramResult>>;

    beforeAll(async () => {
        session = startServer({ 'shared.journey': readFileSync(`${examples}shared.journey`, 'utf8'), 'activewear-first-purchase.journey': activewear });
        await session.initialize({});
    }, 60_000);

    afterAll(async () => {
        await session?.close();
    });

    it('draws a copy of a workspace map (the map itself left out, its shared personas resolved) with fixed colours', async () => {
        const response = await draw(activewear);
        expect(response).toHaveProperty('result');
        const { svg } = (response as { result: BlockDiagramResult }).result;
        expect(svg).toMatch(/^<svg [^>]*class="journey-map jm-theme-light/);
        expect(svg).toContain('Sarah, fitness enthusiast');
        expect(svg).not.toContain('var(--');
        const dark = await draw(activewear, 'dark');
        expect((dark as { result: BlockDiagramResult }).result.svg).toMatch(/^<svg [^>]*class="journey-map jm-theme-dark/);
    }, 60_000);

    it('answers the first error with its line in the block, and a block without a journey as such', async () => {
        const broken = await draw('journey Notes {\n  personas Sarah\n  stage S { touchpoint T { channel nowhere } }\n}\n');
        expect(broken).toEqual({ error: { kind: 'invalid', message: expect.stringContaining("'nowhere'"), range: expect.objectContaining({ start: { line: 2, character: expect.any(Number) } }) } });
        expect(await draw('persona Extra "Extra"\n')).toEqual({ error: { kind: 'invalid', message: 'This block holds no journey to draw.' } });
        const unparsable = await draw('journey {{{ "');
        expect(unparsable).toMatchObject({ error: { kind: 'invalid' } });
    }, 60_000);
});
