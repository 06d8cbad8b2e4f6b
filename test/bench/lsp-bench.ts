// Latency of the bundled language server (packages/vscode/dist/language-server.cjs, what VS Code runs) as an
// editor sees it: over stdio with LSP messages, on the synthetic map. A keystroke is a one-character
// didChange in the middle of the map; its latency runs until the server publishes that map's diagnostics.
// Keystrokes are sent one at a time, so each publish answers the edit before it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type CompletionItem, type CompletionList, type Position, type ProtocolConnection
} from 'vscode-languageserver-protocol/node.js';
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

const serverPath = fileURLToPath(new URL('../../packages/vscode/dist/language-server.cjs', import.meta.url));
const MAP_FILE = 'synthetic.journey';

/**
 * Starts the bundled language server, opens a synthetic map of `touchpoints` touchpoints (in a temporary
 * workspace folder), types `keystrokes` characters into the title of the middle touchpoint and then asks for
 * completion `completions` times after `owner ` in that touchpoint's body.
 */
export async function measureLanguageServer(touchpoints = 1000, keystrokes = 50, completions = 50): Promise<LanguageServerFigures> {
    if (!existsSync(serverPath)) {
        throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
    }
    const folder = mkdtempSync(join(tmpdir(), 'journey-lsp-bench-'));
    const workspace = syntheticWorkspace(touchpoints);
    for (const [name, text] of Object.entries(workspace.files)) writeFileSync(join(folder, name), text);
    const server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const uri = pathToFileURL(join(folder, MAP_FILE)).toString();
    const diagnostics = diagnosticsOf(connection, uri);
    connection.listen();
    try {
        const started = performance.now();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: pathToFileURL(folder).toString(),
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'bench' }],
            capabilities: { textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } } } }
        });
        await connection.sendNotification(InitializedNotification.type, {});
        const text = workspace.files[MAP_FILE];
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
        await diagnostics.next();
        const firstDiagnosticsMs = performance.now() - started;

        const middle = `T${Math.floor(touchpoints / 2)}`;
        const titleEnd = positionAt(text, text.indexOf(`touchpoint ${middle} "`) + `touchpoint ${middle} "Touchpoint ${touchpoints / 2}`.length);
        const keystrokeMs: number[] = [];
        for (let i = 0; i < keystrokes; i++) {
            const at = { line: titleEnd.line, character: titleEnd.character + i };
            const sent = performance.now();
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: i + 2 },
                contentChanges: [{ range: { start: at, end: at }, text: 'abcdefghijklmnopqrstuvwxyz'[i % 26] }]
            });
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
        await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
        await connection.sendNotification(ExitNotification.type).catch(() => undefined);
        connection.dispose();
        server.kill();
        rmSync(folder, { recursive: true, force: true });
    }
}

/** The publishes for `uri`, one at a time: `next()` resolves with the next one not yet taken. */
function diagnosticsOf(connection: ProtocolConnection, uri: string): { next(): Promise<void> } {
    let published = 0;
    let taken = 0;
    let waiting: (() => void) | undefined;
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri !== uri) return;
        published++;
        waiting?.();
    });
    return {
        next: () => new Promise(resolve => {
            const take = () => {
                if (published > taken) {
                    taken++;
                    waiting = undefined;
                    resolve();
                }
            };
            waiting = take;
            take();
        })
    };
}

function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function itemsOf(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
    return result === null ? [] : Array.isArray(result) ? result : result.items;
}

function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
