// The packaged extension as a user installs it: `npm run package` builds packages/vscode/journey-maps.vsix, which is
// unzipped into a temporary folder outside the repository (so nothing resolves from its node_modules). Its bundled
// language server, driven over stdio, exports a PNG identical to the CLI's; the package ships no source map, a
// licence and a 128x128 icon, and stays under 3 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportRequest, type ExportResult } from '../../packages/language-server/src/protocol/lsp.js';
import { startServer } from '../bench/server-connection.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const vsix = join(repo, 'packages/vscode/journey-maps.vsix');
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const files = {
    'shared.journey': readFileSync(join(repo, 'examples/shared.journey'), 'utf8'),
    'checkout.journey': [
        'journey Checkout "Checkout: paying for the order" {',
        '  reviewed 2026-11-01 every quarter',
        '  personas Sarah',
        '  stage Pay "Pay" {',
        '    touchpoint Card "Card payment" { channel web owner Web does "Types her card number" feels Sarah 2 "relieved" }',
        '    touchpoint Receipt "Receipt by e-mail" { channel email owner Web feels Sarah 1 "reassured" }',
        '  }',
        '  flow Sarah { Card -> Receipt }',
        '}',
        ''
    ].join('\n')
};

describe('the packaged extension (.vsix)', () => {
    let folder: string;
    let entries: string[];

    beforeAll(() => {
        execFileSync('npm', ['run', 'package'], { cwd: repo, stdio: 'ignore' });
        folder = mkdtempSync(join(tmpdir(), 'journey-vsix-'));
        execFileSync('unzip', ['-q', vsix, '-d', folder]);
        entries = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).trim().split('\n');
    }, 600_000);

    afterAll(() => {
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('is lean: the bundles, the rasteriser\'s WebAssembly and the fonts, no source map, under 3 MB, with a licence and an icon', () => {
        expect(entries.filter(entry => entry.endsWith('.map'))).toEqual([]);
        expect(entries).toEqual(expect.arrayContaining([
            'extension/dist/extension.cjs', 'extension/dist/language-server.cjs', 'extension/dist/resvg.wasm',
            'extension/dist/fonts/Inter_400Regular.ttf', 'extension/dist/fonts/Inter_700Bold.ttf', 'extension/LICENSE.txt', 'extension/images/icon.png',
            'extension/media/markdown-preview.css'
        ]));
        expect(entries.some(entry => entry.includes('node_modules'))).toBe(false);
        expect(statSync(vsix).size).toBeLessThan(3 * 1024 * 1024);
        const icon = readFileSync(join(folder, 'extension/images/icon.png'));
        expect([...icon.subarray(0, 8)]).toEqual(pngSignature);
        expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
        const manifest = JSON.parse(readFileSync(join(folder, 'extension/package.json'), 'utf8')) as { icon?: string };
        expect(manifest.icon).toBe('images/icon.png');
    });

    it('exports through its own language server the same PNG as journey render', async () => {
        const session = startServer(files, join(folder, 'extension/dist/language-server.cjs'));
        try {
            await session.initialize({});
            await session.open('checkout.journey', files['checkout.journey']);
            const response = await session.connection.sendRequest(ExportRequest, {
                uri: session.uriOf('checkout.journey'), version: 1, format: 'png', options: { personas: [], hideLanes: [], compact: false }
            });
            expect(response).toHaveProperty('result');
            const png = Buffer.from((response as { result: ExportResult }).result.base64, 'base64');
            expect([...png.subarray(0, 8)]).toEqual(pngSignature);

            const workspace = mkdtempSync(join(tmpdir(), 'journey-vsix-cli-'));
            try {
                for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
                execFileSync(process.execPath, [join(repo, 'packages/cli/bin/journey.js'), 'render', 'checkout.journey', '-o', 'checkout.png'], { cwd: workspace, stdio: 'ignore' });
                expect(png.equals(readFileSync(join(workspace, 'checkout.png')))).toBe(true);
            } finally {
                rmSync(workspace, { recursive: true, force: true });
            }
        } finally {
            await session.close();
        }
    }, 120_000);
});
