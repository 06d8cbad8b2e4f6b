// Latency of the bundled language server (packages/vscode/dist/language-server.cjs, what VS Code runs) as an
// editor sees it: over stdio with LSP messages, on the synthetic map. A keystroke is a one-character
// didChange in the middle of the map; its latency runs until the server publishes that map's diagnostics.
// Keystrokes are sent one at a time, so each publish answers the edit before it.
import {
    CompletionRequest, type CompletionItem, type CompletionList, type Position
} from 'vscode-languageserver-protocol/node.js';
import { diagnosticsOf, middleTitleEnd, percentile, positionAt, startServer, typeCharacter } from './server-connection.js';
import { syntheticWorkspace } from './synthetic-map.js';

export interface LanguageServerFigures {
    readonly touchpoints: number;
    /** From `initialize` to the first diagnostics of the opened map (workspace load and first build). */
    readonly firstDiagnosticsMs: number;
    readonly keystrokes: number;
    readonly keystrokeMedianMs: number;
    readonly keystrokeP95Ms: number;
    readonly completions: number;
    readonly completionMedianMs: number;
    readonly completionP95Ms: number;
    /** How many items the completion at the measured position offers (a sanity check: the teams). */
    readonly completionItems: number;
}

const MAP_FILE = 'synthetic.journey';

/**
 * Starts the bundled language server, opens a synthetic map of `touchpoints` touchpoints (in a temporary
 * workspace folder), types `keystrokes` characters into the title of the middle touchpoint and then asks for
 * completion `completions` times after `owner ` in that touchpoint's body.
 */
export async function measureLanguageServer(touchpoints = 1000, keystrokes = 50, completions = 50): Promise<LanguageServerFigures> {
    const workspace = syntheticWorkspace(touchpoints);
    const session = startServer(workspace.files);
    const { connection } = session;
    const uri = session.uriOf(MAP_FILE);
    const diagnostics = diagnosticsOf(connection, uri);
    try {
        const started = performance.now();
        await session.initialize({ textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } } } });
        const text = workspace.files[MAP_FILE];
        await session.open(MAP_FILE, text);
        await diagnostics.next();
        const firstDiagnosticsMs = performance.now() - started;

        const middle = `T${Math.floor(touchpoints / 2)}`;
        const titleEnd = middleTitleEnd(text, touchpoints);
        const keystrokeMs: number[] = [];
        for (let i = 0; i < keystrokes; i++) {
            const sent = performance.now();
            await typeCharacter(connection, uri, titleEnd, i);
            await diagnostics.next();
            keystrokeMs.push(performance.now() - sent);
        }

        // The map's text has changed only on the title's line, after `owner ` is found on it.
        const ownerAt = positionAt(text, text.indexOf('owner ', text.indexOf(`touchpoint ${middle} "`)) + 'owner '.length);
        const position: Position = { line: ownerAt.line, character: ownerAt.character + keystrokes };
        const completionMs: number[] = [];
        let completionItems = 0;
        for (let i = 0; i < completions; i++) {
            const sent = performance.now();
            const result = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
            completionMs.push(performance.now() - sent);
            completionItems = itemsOf(result).length;
        }
        return {
            touchpoints, firstDiagnosticsMs, keystrokes, keystrokeMedianMs: percentile(keystrokeMs, 50), keystrokeP95Ms: percentile(keystrokeMs, 95),
            completions, completionMedianMs: percentile(completionMs, 50), completionP95Ms: percentile(completionMs, 95), completionItems
        };
    } finally {
        await session.close();
    }
}

function itemsOf(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
    return result === null ? [] : Array.isArray(result) ? result : result.items;
}
