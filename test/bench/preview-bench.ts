// The preview's latency as an editor sees it, through the bundled language server over stdio: a keystroke in the
// middle of a synthetic map (didChange), then the preview's `journey/diagram` request for that version, until its
// SVG arrives. Warm: ELK is warmed up (`journey/warmUp`, as when a preview opens) and the first diagram drawn before
// measuring. In the editor the preview adds its debounce (250 ms after the last keystroke of a run) on top.
import { DiagramRequest, WarmUpNotification, type DiagramParams } from '../../packages/language-server/src/protocol/lsp.js';
import { middleTitleEnd, percentile, startServer, typeCharacter } from './server-connection.js';
import { syntheticWorkspace } from './synthetic-map.js';

export interface PreviewFigures {
    readonly touchpoints: number;
    /** From opening the map (after the warm-up) to its first SVG. */
    readonly firstRenderMs: number;
    readonly keystrokes: number;
    /** Keystroke -> new SVG delivered. */
    readonly keystrokeMedianMs: number;
    readonly keystrokeP95Ms: number;
    readonly svgKilobytes: number;
}

const MAP_FILE = 'synthetic.journey';

/** Measures `keystrokes` keystroke -> SVG round trips on a synthetic map of `touchpoints` touchpoints. */
export async function measurePreview(touchpoints: number, keystrokes = 20): Promise<PreviewFigures> {
    const workspace = syntheticWorkspace(touchpoints);
    const session = startServer(workspace.files);
    const { connection } = session;
    const uri = session.uriOf(MAP_FILE);
    const diagram = async (version: number) => {
        const params: DiagramParams = { uri, version, options: { personas: [], hideLanes: [], compact: false, direction: 'right' }, theme: 'light' };
        const response = await connection.sendRequest(DiagramRequest, params);
        if ('error' in response) throw new Error(`no diagram for version ${version}: ${response.error.message}`);
        return response.result.svg;
    };
    try {
        await session.initialize({});
        await connection.sendNotification(WarmUpNotification);
        const text = workspace.files[MAP_FILE];
        const opened = performance.now();
        await session.open(MAP_FILE, text);
        const firstSvg = await diagram(1);
        const firstRenderMs = performance.now() - opened;

        const titleEnd = middleTitleEnd(text, touchpoints);
        const keystrokeMs: number[] = [];
        for (let i = 0; i < keystrokes; i++) {
            const typed = performance.now();
            await typeCharacter(connection, uri, titleEnd, i);
            await diagram(i + 2);
            keystrokeMs.push(performance.now() - typed);
        }
        return {
            touchpoints, firstRenderMs, keystrokes, keystrokeMedianMs: percentile(keystrokeMs, 50), keystrokeP95Ms: percentile(keystrokeMs, 95),
            svgKilobytes: firstSvg.length / 1024
        };
    } finally {
        await session.close();
    }
}
