// The extension in VS Code for the Web: its browser entry with the language server in a web worker, reading the
// workspace (a copy of examples/, served by the test server as a virtual file system) through the client.
// Diagnostics, completion and hover across files, and the preview's SVG, all drawn in the worker.
import { before, describe, it } from 'mocha';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JourneyExtensionApi } from '../../../packages/vscode/src/extension/main.js';
import type { PreviewDiagram } from '../../../packages/vscode/src/protocol/webview.js';
import { brokenMap, regradeThroughConfig } from '../suite/broken-map.js';
import { assertTeamsCompletedAfterOwner, codeOf, createDocument, diagnosticsWhen, hoverText, positionOf, valueWhen, workspaceUri } from '../suite/workspace-helpers.js';

const EXTENSION_ID = 'journey-maps.journey-maps';
const MAP = 'activewear-first-purchase.journey';

describe('Journey Maps in VS Code for the Web', () => {
    let api: JourneyExtensionApi;
    let activewear: vscode.TextDocument;
    let broken: vscode.TextDocument;

    before(async () => {
        assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
        const extension = vscode.extensions.getExtension<JourneyExtensionApi>(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is not loaded`);
        api = await extension.activate();
        activewear = await vscode.workspace.openTextDocument(workspaceUri(MAP));
        await vscode.window.showTextDocument(activewear, vscode.ViewColumn.One);
    });

    it('runs from a workspace that is not on disk', () => {
        assert.notEqual(activewear.uri.scheme, 'file');
    });

    it('publishes diagnostics for a broken map, its persona and team found in shared.journey', async () => {
        broken = await createDocument('broken.journey', brokenMap);
        await vscode.window.showTextDocument(broken);
        const diagnostics = await diagnosticsWhen(broken.uri, found => found.some(d => codeOf(d) === 'pain-without-opportunity'));
        const unresolved = diagnostics.filter(d => codeOf(d) === 'unresolved-reference');
        assert.deepEqual(unresolved.map(d => broken.getText(d.range)), ['webb'], 'only the misspelt channel is unknown: Sarah, CX and Web come from shared.journey');
        assert.equal(unresolved[0]?.severity, vscode.DiagnosticSeverity.Error);
        assert.match(unresolved[0]?.message ?? '', /Did you mean 'web'\?/);
    });

    it('re-grades checks when journey.config.json changes in the workspace', async () => {
        await regradeThroughConfig(broken.uri);
    });

    it('completes the teams of the workspace after `owner`', async () => {
        await assertTeamsCompletedAfterOwner(activewear);
    });

    it('picks up a map added to the workspace without opening it', async () => {
        // A team, and the broken map's misspelt channel: its diagnostics say when the server has read the file.
        const added = workspaceUri('added.journey');
        const text = `team Research "User research"\n${brokenMap.replace('journey Broken "A broken map"', 'journey Added "An added map"')}`;
        await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(text));
        await diagnosticsWhen(added, found => found.some(d => codeOf(d) === 'unresolved-reference'));
        const position = positionOf(activewear, 'owner Marketing', 'owner '.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', activewear.uri, position);
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        assert.ok(labels.includes('Research'), `the added file's team is missing from ${labels.join(', ')}`);
    });

    it('shows a persona card on hover, from another file', async () => {
        const position = positionOf(activewear, 'personas Sarah', 'personas '.length + 1);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', activewear.uri, position);
        assert.match(hoverText(hovers), /fitness enthusiast/);
    });

    it('shows the map\'s diagram in the preview, drawn in the worker', async () => {
        await vscode.window.showTextDocument(activewear, vscode.ViewColumn.One);
        await vscode.commands.executeCommand('journey.preview.openToSide');
        const panel = api.previews.panelOf(activewear.uri);
        assert.ok(panel, 'the command opened no preview');
        const diagram = await valueWhen(() => panel.diagram, panel.onDidRender,
            shown => shown !== undefined && shown.version === activewear.version) as PreviewDiagram;
        assert.match(diagram.svg, /^<svg [^>]*class="journey-map/);
        assert.ok(/Activewear: Sarah(&#39;|&apos;)s first purchase/.test(diagram.svg), 'the diagram lacks the journey\'s title');
        assert.ok(/<rect /.test(diagram.svg) && /<path /.test(diagram.svg), 'the diagram has no laid-out shapes');
        assert.deepEqual(diagram.personas.map(persona => persona.name), ['Sarah']);
    });

    it('exports SVG into the workspace, and no PNG (it has no rasteriser)', async () => {
        const svgUri = await vscode.commands.executeCommand<vscode.Uri | undefined>('journey.preview.exportSvg', activewear.uri);
        assert.equal(svgUri?.toString(), workspaceUri('activewear-first-purchase.svg').toString());
        const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgUri));
        assert.match(svg, /^<svg [^>]*class="journey-map/);
        assert.ok(!svg.includes('@font-face'), 'the web build embeds no font subset');
        const pngUri = await vscode.commands.executeCommand<vscode.Uri | undefined>('journey.preview.exportPng', activewear.uri);
        assert.equal(pngUri, undefined);
        const png = workspaceUri('activewear-first-purchase.png');
        assert.equal(await vscode.workspace.fs.stat(png).then(() => 'written', () => 'absent'), 'absent');
    });
});
