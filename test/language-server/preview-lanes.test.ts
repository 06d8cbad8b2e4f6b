// The preview's lane toggles on a real map: the `journey/diagram` answer of the bundled language server names the
// lanes its SVG draws, and the toolbar offers a toggle for those and for the lanes the options hide, none other.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagramRequest, type DiagramResult, type Response } from '../../packages/language-server/src/protocol/lsp.js';
import type { Lane, PreviewOptions } from '../../packages/language-server/src/protocol/diagram.js';
import { laneToggles } from '../../packages/vscode/src/webview/lane-toggles.js';
import { startServer, type ServerSession } from '../bench/server-connection.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const mapFile = 'activewear-first-purchase.journey';

describe('the lanes of the preview', () => {
    let session: ServerSession;
    const draw = async (options: Partial<PreviewOptions>): Promise<DiagramResult> => {
        const params = { uri: session.uriOf(mapFile), version: 1, options: { personas: [], hideLanes: [], compact: false, direction: 'right' as const, ...options }, theme: 'light' as const };
        const response = await session.connection.sendRequest(DiagramRequest, params) as Response<DiagramResult>;
        if ('error' in response) throw new Error(response.error.message);
        return response.result;
    };

    beforeAll(async () => {
        session = startServer({ 'shared.journey': readFileSync(`${examples}shared.journey`, 'utf8'), [mapFile]: readFileSync(`${examples}${mapFile}`, 'utf8') });
        await session.initialize({});
        await session.open(mapFile, readFileSync(`${examples}${mapFile}`, 'utf8'));
    }, 60_000);

    afterAll(async () => {
        await session?.close();
    });

    it('are the lanes the activewear map draws: no service blueprint, so no Backstage or Support toggle', async () => {
        const drawn = await draw({});
        const lanes: Lane[] = ['goals', 'does', 'thinks', 'says', 'evidence', 'emotions', 'pains', 'experiments', 'metrics'];
        expect(drawn.lanes).toEqual(lanes);
        expect(drawn.svg).not.toContain('Line of visibility');
        const toggles = laneToggles(drawn, { personas: [], hideLanes: [], compact: false });
        expect(toggles.map(toggle => toggle.title)).toEqual(['Goals and questions', 'Does', 'Thinks', 'Says', 'Physical evidence', 'Emotions', 'Pain points', 'Experiments', 'Metrics']);
        expect(toggles.every(toggle => toggle.shown)).toBe(true);
    }, 60_000);

    it('keep a hidden lane, unticked, in its place, so that it can be shown again', async () => {
        const options: PreviewOptions = { personas: [], hideLanes: ['does', 'emotions'], compact: false };
        const drawn = await draw(options);
        expect(drawn.lanes).toEqual(['goals', 'thinks', 'says', 'evidence', 'pains', 'experiments', 'metrics']);
        expect(drawn.svg).not.toContain('data-id="curve:');
        expect(laneToggles(drawn, options).map(({ lane, shown }) => `${lane}${shown ? '' : ' (hidden)'}`)).toEqual([
            'goals', 'does (hidden)', 'thinks', 'says', 'evidence', 'emotions (hidden)', 'pains', 'experiments', 'metrics'
        ]);
    }, 60_000);
});
