// The bundled language server attacked as a careless or hostile client would: malformed notifications, hostile
// params for every custom request, a version that never comes, huge documents, and a big diagram while the user
// types. It answers or refuses, and never dies.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification, HoverRequest, LogMessageNotification, PublishDiagnosticsNotification, type Diagnostic
} from 'vscode-languageserver-protocol/node.js';
import { DiagramRequest, ExportRequest, WarmUpNotification, type DiagramParams } from '../../packages/language-server/src/protocol/lsp.js';
import { startServer, type ServerSession } from '../bench/server-connection.js';
import { syntheticWorkspace } from '../bench/synthetic-map.js';

const examples = resolve(import.meta.dirname, '../../examples');
const example = (name: string) => readFileSync(resolve(examples, name), 'utf8');
const SMALL = 'support-response-time.journey';
const BIG = 'synthetic.journey';
const options = { personas: [], hideLanes: [], compact: false };

/** The publishes and log lines of a session, and a wait for the next publish that satisfies a test. */
function watch(session: ServerSession) {
    const published = new Map<string, Diagnostic[]>();
    const logs: string[] = [];
    let waiters: (() => void)[] = [];
    session.connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, params.diagnostics);
        const current = waiters;
        waiters = [];
        current.forEach(wake => wake());
    });
    session.connection.onNotification(LogMessageNotification.type, params => logs.push(params.message));
    const publishOf = (uri: string, test: (diagnostics: Diagnostic[]) => boolean) => new Promise<Diagnostic[]>(settle => {
        const check = () => {
            const diagnostics = published.get(uri);
            if (diagnostics && test(diagnostics)) settle(diagnostics);
            else waiters.push(check);
        };
        check();
    });
    return { logs, publishOf };
}

/** The server still works: it answers a hover and checks an edit of `name` (a syntax error at the start). */
async function stillServes(session: ServerSession, publishOf: ReturnType<typeof watch>['publishOf'], name: string, version: number) {
    const uri = session.uriOf(name);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 20, character: 10 } });
    expect(hover === null || typeof hover === 'object').toBe(true);
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '§' }]
    });
    await publishOf(uri, diagnostics => diagnostics.some(d => d.range.start.line === 0 && d.range.start.character === 0 && d.message.includes("'§'")));
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: version + 1 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }]
    });
}

describe('the language server under attack', () => {
    // The synthetic map's personas and teams are declared in the examples' shared.journey too.
    const big = { [BIG]: syntheticWorkspace(2000).files[BIG] };
    let session: ServerSession;
    let watched: ReturnType<typeof watch>;
    let version = 1;
    beforeAll(async () => {
        session = startServer({ [SMALL]: example(SMALL), 'shared.journey': example('shared.journey'), ...big });
        watched = watch(session);
        await session.initialize({ textDocument: { publishDiagnostics: {} } });
        await session.open(SMALL, example(SMALL));
        await watched.publishOf(session.uriOf(SMALL), () => true);
    }, 60_000);
    afterAll(() => session.close());

    it('drops malformed notifications with a log line, and goes on serving', async () => {
        const { connection } = session;
        const uri = session.uriOf('hostile.journey');
        const malformed: [string, unknown][] = [
            ['textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: null } }],
            ['textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: 42 } }],
            ['textDocument/didOpen', { textDocument: { uri: null, languageId: 'journey', version: 1, text: '' } }],
            ['textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 'one', text: '' } }],
            ['textDocument/didOpen', { textDocument: null }],
            ['textDocument/didOpen', null],
            ['textDocument/didOpen', ['not', 'an', 'object']],
            ['textDocument/didChange', { textDocument: { uri: session.uriOf(SMALL), version: 90 }, contentChanges: null }],
            ['textDocument/didChange', { textDocument: { uri: session.uriOf(SMALL), version: 90 }, contentChanges: [{ text: null }] }],
            ['textDocument/didChange', { textDocument: { uri: session.uriOf(SMALL), version: 90 }, contentChanges: [{ text: 'x', range: { start: { line: -1, character: 0 }, end: null } }] }],
            ['textDocument/didChange', { textDocument: { uri: session.uriOf(SMALL) }, contentChanges: [{ text: 'x' }] }],
            ['textDocument/didClose', { textDocument: 7 }],
            ['textDocument/didSave', {}]
        ];
        for (const [method, params] of malformed) await connection.sendNotification(method, params);
        // Well-formed, but about nothing the server knows or wants.
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri: session.uriOf('never-opened.journey'), version: 3 }, contentChanges: [{ text: 'x' }] });
        await connection.sendNotification('textDocument/didClose', { textDocument: { uri: session.uriOf('never-opened.journey') } });
        await connection.sendNotification('journey/noSuchThing', { anything: [1, 2, 3] });
        await connection.sendNotification(WarmUpNotification.method, { unexpected: 'params' });
        await stillServes(session, watched.publishOf, SMALL, ++version);
        version++;
        expect(watched.logs.filter(line => line.startsWith('Ignored a malformed')).length).toBe(malformed.length);
        expect(watched.logs.find(line => line.includes('didOpen'))).toBe('Ignored a malformed textDocument/didOpen: textDocument.text must be a string.');
    }, 60_000);

    it('answers hostile params of every custom request with an error result, never a thrown error', async () => {
        const uri = session.uriOf(SMALL);
        const valid = { uri, version, options, theme: 'light' };
        const hostile: unknown[] = [
            null, 42, 'journey', [], {},
            { ...valid, uri: null }, { ...valid, uri: 7 }, { ...valid, uri: '' }, { ...valid, uri: 'x'.repeat(100_000) },
            { ...valid, version: null }, { ...valid, version: '1' }, { ...valid, version: 1.5 }, { ...valid, version: 1e300 }, { ...valid, version: Number.MAX_VALUE },
            { ...valid, options: 'compact' }, { ...valid, options: [] }, { ...valid, options: { ...options, personas: 'Sarah' } },
            { ...valid, options: { ...options, personas: [null, { name: 'x' }] } }, { ...valid, options: { ...options, hideLanes: ['nonsense'] } },
            { ...valid, options: { ...options, hideLanes: { 0: 'pains' } } }, { ...valid, options: { ...options, compact: 'yes' } },
            { ...valid, theme: 'neon' }, { ...valid, theme: null }
        ];
        for (const params of hostile) {
            const response = await session.connection.sendRequest(DiagramRequest.method, params);
            expect(response, JSON.stringify(params).slice(0, 80)).toMatchObject({ error: { kind: 'failed', message: expect.stringMatching(/^Invalid request: /) } });
        }
        const exportValid = { uri, version, options, format: 'svg' };
        for (const params of [...hostile.slice(0, 14).map(p => p && typeof p === 'object' && 'theme' in p ? { ...p, theme: undefined, format: 'svg' } : p),
            { ...exportValid, format: 'pdf' }, { ...exportValid, format: null }, { ...exportValid, format: ['png'] }]) {
            const response = await session.connection.sendRequest(ExportRequest.method, params);
            expect(response, JSON.stringify(params).slice(0, 80)).toMatchObject({ error: { kind: 'failed', message: expect.stringMatching(/^Invalid request: /) } });
        }
        // Params the protocol allows that lead nowhere: a map not open, a file that is not a map, a URI of no file.
        for (const other of [session.uriOf('missing.journey'), 'untitled:Untitled-1', 'not a uri at all', 'file:///%%%']) {
            const response = await session.connection.sendRequest(DiagramRequest, { ...valid, uri: other } as DiagramParams);
            expect(response).toMatchObject({ error: { kind: 'failed', message: expect.stringContaining('is not open') } });
        }
        // And the valid request still draws, with an empty object for an empty list as Lua clients send it.
        const drawn = await session.connection.sendRequest(DiagramRequest.method, { ...valid, options: { personas: {}, hideLanes: {}, compact: false } });
        expect(drawn).toMatchObject({ result: { version, svg: expect.stringMatching(/^<svg/) } });
        await stillServes(session, watched.publishOf, SMALL, ++version);
        version++;
    }, 120_000);

    it('answers a request for a version that never arrives as stale, within seconds', async () => {
        const asked = performance.now();
        const response = await session.connection.sendRequest(DiagramRequest, { uri: session.uriOf(SMALL), version: version + 1000, options, theme: 'light' });
        expect(response).toEqual({ error: { kind: 'stale', message: `version ${version + 1000} never reached the language server (it has version ${version})` } });
        expect(performance.now() - asked).toBeLessThan(10_000);
    }, 30_000);

    it('keeps publishing diagnostics within a second of an edit while a big diagram is laid out', async () => {
        await session.open(BIG, big[BIG]);
        const bigUri = session.uriOf(BIG);
        await watched.publishOf(bigUri, () => true);
        const smallUri = session.uriOf(SMALL);
        let drawnAt = Number.POSITIVE_INFINITY;
        const diagram = session.connection.sendRequest(DiagramRequest, { uri: bigUri, version: 1, options, theme: 'light' })
            .then(response => { drawnAt = performance.now(); return response; });
        // The server builds the journey model, then hands it to the diagram's thread.
        await new Promise(settle => setTimeout(settle, 1000));
        const latencies: number[] = [];
        for (let i = 0; i < 3; i++) {
            const edited = performance.now();
            await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: smallUri, version: ++version },
                contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: i === 0 ? 0 : 1 } }, text: `${'§¶¤'[i]}` }]
            });
            await watched.publishOf(smallUri, diagnostics => diagnostics.some(d => d.message.includes(`'${'§¶¤'[i]}'`)));
            latencies.push(performance.now() - edited);
        }
        await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: smallUri, version: ++version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }]
        });
        const diagnosedAt = performance.now();
        expect(Math.max(...latencies)).toBeLessThan(1000);
        expect(await diagram).toMatchObject({ result: { version: 1, svg: expect.stringMatching(/^<svg/) } });
        // The diagram was still being drawn when the diagnostics came.
        expect(drawnAt).toBeGreaterThan(diagnosedAt);
    }, 120_000);

    it('checks a document with a 4 MB quoted text, and keeps serving the others', async () => {
        const huge = `journey Huge "${'x'.repeat(4 * 1024 * 1024)}" {\n}\n`;
        await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: session.uriOf('huge.journey'), languageId: 'journey', version: 1, text: huge } });
        const findings = await watched.publishOf(session.uriOf('huge.journey'), () => true);
        expect(findings.map(finding => finding.message).join('\n')).toContain('A text of 4,194,304 characters');
        await stillServes(session, watched.publishOf, SMALL, ++version);
        version++;
    }, 180_000);
});

describe('a diagram that takes too long', () => {
    it('is given up at the deadline with an error, and the server goes on serving', async () => {
        process.env.JOURNEY_RENDER_DEADLINE_MS = '500';
        const map = syntheticWorkspace(2000).files[BIG];
        const session = startServer({ [SMALL]: example(SMALL), 'shared.journey': example('shared.journey'), [BIG]: map });
        delete process.env.JOURNEY_RENDER_DEADLINE_MS;
        try {
            const watched = watch(session);
            await session.initialize({ textDocument: { publishDiagnostics: {} } });
            await session.open(BIG, map);
            await session.open(SMALL, example(SMALL));
            await watched.publishOf(session.uriOf(BIG), () => true);
            const response = await session.connection.sendRequest(DiagramRequest, { uri: session.uriOf(BIG), version: 1, options, theme: 'light' });
            expect(response).toEqual({ error: { kind: 'failed', message: 'The diagram took longer than 0.5 s to draw; try the compact layout or hide some lanes.' } });
            await stillServes(session, watched.publishOf, SMALL, 2);
        } finally {
            await session.close();
        }
    }, 120_000);
});
