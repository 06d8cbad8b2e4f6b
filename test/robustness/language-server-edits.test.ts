import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CompletionRequest, DidChangeTextDocumentNotification, DocumentSymbolRequest, HoverRequest, PublishDiagnosticsNotification, type Diagnostic
} from 'vscode-languageserver-protocol/node.js';
import { checkTexts, createJourneyServices } from '../../packages/language/src/index.js';
import { startServer } from '../bench/server-connection.js';

const examplesFolder = resolve(import.meta.dirname, '../../examples');
const examples = Object.fromEntries(readdirSync(examplesFolder).filter(name => name.endsWith('.journey'))
    .map(name => [name, readFileSync(resolve(examplesFolder, name), 'utf8')]));
const target = 'activewear-first-purchase.journey';

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
        return state / 2_147_483_648;
    };
}

const garbage = ['stage', ' touchpoint X {', '}', '{', '"', 'feels Sarah 9', '\u0000', '😀', '->', ' metric M at Y { target }', '\n', '/*', '%', 'drop', '\uFEFF'];

function rss(pid: number | undefined): number {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

describe('the language server under thousands of random edits', () => {
    it('keeps answering, ends with the diagnostics of a fresh check, and its memory stays bounded', async () => {
        const session = startServer(examples);
        const { connection } = session;
        const uri = session.uriOf(target);
        let published: Diagnostic[] = [];
        let onPublish = () => {};
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            if (params.uri === uri) {
                published = params.diagnostics;
                onPublish();
            }
        });
        await session.initialize({ textDocument: { publishDiagnostics: {} } });
        let document = TextDocument.create(uri, 'journey', 1, examples[target]);
        await session.open(target, document.getText());
        const next = random(20261122);
        const memoryAtStart = rss(session.pid);
        const edits = 2000;
        for (let i = 0; i < edits; i++) {
            const text = document.getText();
            const start = Math.floor(next() * text.length);
            const kind = next();
            const end = kind < 0.4 ? Math.min(text.length, start + Math.floor(next() * 40)) : start;
            const inserted = kind < 0.3 ? '' : kind < 0.9 ? garbage[Math.floor(next() * garbage.length)] : text.slice(start, start + 200);
            const range = { start: document.positionAt(start), end: document.positionAt(end) };
            document = TextDocument.update(document, [{ range, text: inserted }], document.version + 1);
            await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version }, contentChanges: [{ range, text: inserted }] });
            if (i % 250 === 0) {
                // Every feature keeps answering, whatever the text is now.
                const position = document.positionAt(Math.floor(next() * document.getText().length));
                const answers = await Promise.allSettled([
                    connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
                    connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }),
                    connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })
                ]);
                expect(answers.filter(answer => answer.status === 'rejected').map(answer => String((answer as PromiseRejectedResult).reason))).toEqual([]);
            }
        }
        // The last edit puts a character the random edits never use at the very start: the publish that
        // reports it is the one for the final text, which must match a fresh check of that text.
        const final = `§${document.getText()}`;
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version + 1 }, contentChanges: [{ text: final }] });
        await new Promise<void>(settled => {
            onPublish = () => {
                if (published.some(d => d.range.start.line === 0 && d.range.start.character === 0 && d.message.includes("'§'"))) {
                    settled();
                }
            };
            onPublish();
        });
        const { Journey } = createJourneyServices(EmptyFileSystem);
        const others = Object.entries(examples).filter(([name]) => name !== target).map(([name, text]) => ({ uri: session.uriOf(name), text }));
        const [fresh] = await checkTexts(Journey, [{ uri, text: final }, ...others]);
        const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`;
        expect(published.map(key).sort()).toEqual(fresh.diagnostics.map(key).sort());
        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
        expect(Array.isArray(symbols)).toBe(true);
        expect(rss(session.pid) - memoryAtStart).toBeLessThan(300);
        await session.close();
    }, 120_000);
});
