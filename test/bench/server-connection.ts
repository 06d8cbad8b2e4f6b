// The bundled language server (packages/vscode/dist/language-server.cjs, what VS Code runs, or another copy of it such
// as the one in an extracted .vsix) driven over stdio with LSP messages, on a temporary workspace folder: what the
// language server and preview benchmarks and the packaged extension's test share.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type ClientCapabilities, type Position, type ProtocolConnection
} from 'vscode-languageserver-protocol/node.js';

const serverPath = fileURLToPath(new URL('../../packages/vscode/dist/language-server.cjs', import.meta.url));

export interface ServerSession {
    readonly connection: ProtocolConnection;
    /** The server's process id. */
    readonly pid: number | undefined;
    /** The `file:` URI of a file of the workspace. */
    uriOf(name: string): string;
    /** `initialize` and `initialized`, with the workspace folder as root. */
    initialize(capabilities: ClientCapabilities): Promise<void>;
    /** Opens a file of the workspace at version 1. */
    open(name: string, text: string): Promise<void>;
    close(): Promise<void>;
}

/** Starts the bundled server (or the one at `server`) with `files` written into a fresh temporary folder (removed by `close`). */
export function startServer(files: Record<string, string>, server = serverPath): ServerSession {
    if (!existsSync(server)) {
        throw new Error(`${server} is missing: run \`npm run build\` first`);
    }
    const folder = mkdtempSync(join(tmpdir(), 'journey-lsp-bench-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const root = pathToFileURL(folder).toString();
    const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
    return {
        connection,
        pid: child.pid,
        uriOf,
        async initialize(capabilities) {
            await connection.sendRequest(InitializeRequest.type, {
                processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'bench' }], capabilities
            });
            await connection.sendNotification(InitializedNotification.type, {});
        },
        open: (name, text) => connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uriOf(name), languageId: 'journey', version: 1, text }
        }),
        async close() {
            await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
            await connection.sendNotification(ExitNotification.type).catch(() => undefined);
            connection.dispose();
            child.kill();
            rmSync(folder, { recursive: true, force: true });
        }
    };
}

/** The publishes for `uri`, one at a time: `next()` resolves with the next one not yet taken. */
export function diagnosticsOf(connection: ProtocolConnection, uri: string): { next(): Promise<void> } {
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

/** The end of the title of the synthetic map's middle touchpoint (where the benchmarks type). */
export function middleTitleEnd(text: string, touchpoints: number): Position {
    const middle = `T${Math.floor(touchpoints / 2)}`;
    return positionAt(text, text.indexOf(`touchpoint ${middle} "`) + `touchpoint ${middle} "Touchpoint ${touchpoints / 2}`.length);
}

/** Keystroke `index` (0, 1, ...) typed at `at`: one character, the document's version `index + 2`. */
export function typeCharacter(connection: ProtocolConnection, uri: string, at: Position, index: number): Promise<void> {
    const position = { line: at.line, character: at.character + index };
    return connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: index + 2 },
        contentChanges: [{ range: { start: position, end: position }, text: 'abcdefghijklmnopqrstuvwxyz'[index % 26] }]
    });
}

export function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
