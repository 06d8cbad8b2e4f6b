// The diagram preview in a real VS Code: it opens beside the map and shows its diagram, follows edits, takes the
// editor to a clicked element's source (and ignores malformed or out-of-range messages), and exports SVG and PNG.
import { before, describe, it } from 'mocha';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JourneyExtensionApi } from '../../../packages/vscode/src/extension/main.js';
import type { PreviewPanel } from '../../../packages/vscode/src/extension/preview/preview-panel.js';
import type { PreviewDiagram } from '../../../packages/vscode/src/protocol/webview.js';
import { positionOf, valueWhen, workspaceUri } from './workspace-helpers.js';

const EXTENSION_ID = 'journey-maps.journey-maps';
const MAP = 'activewear-first-purchase.journey';

describe('The diagram preview', () => {
    let api: JourneyExtensionApi;
    let document: vscode.TextDocument;
    let panel: PreviewPanel;

    /** The diagram on screen once it satisfies `accept` (the webview acknowledges each one it shows). */
    const diagramWhen = (accept: (diagram: PreviewDiagram) => boolean) =>
        valueWhen(() => panel.diagram, panel.onDidRender, diagram => diagram !== undefined && accept(diagram)) as Promise<PreviewDiagram>;

    before(async () => {
        const extension = vscode.extensions.getExtension<JourneyExtensionApi>(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is not loaded`);
        api = await extension.activate();
        document = await vscode.workspace.openTextDocument(workspaceUri(MAP));
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    });

    it('opens to the side and shows the map\'s diagram in a locked-down page', async () => {
        await vscode.commands.executeCommand('journey.preview.openToSide');
        const opened = api.previews.panelOf(document.uri);
        assert.ok(opened, 'the command opened no preview');
        panel = opened;
        assert.equal(panel.uri.toString(), document.uri.toString());
        const html = panel.panel.webview.html;
        assert.match(html, /default-src 'none'/);
        const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
        assert.ok(nonce, 'the policy names no script nonce');
        assert.equal(html.match(/<script /g)?.length, 1);
        assert.ok(html.includes(`<script nonce="${nonce}" src=`), 'the one script does not carry the nonce');
        const diagram = await diagramWhen(shown => shown.version === document.version);
        assert.match(diagram.svg, /^<svg [^>]*class="journey-map/);
        assert.ok(diagram.svg.includes('Activewear: Sarah&#39;s first purchase') || diagram.svg.includes('Activewear: Sarah&apos;s first purchase'),
            'the diagram lacks the journey\'s title');
        assert.ok(!/<script/i.test(diagram.svg), 'the diagram holds a script');
        assert.deepEqual(diagram.personas.map(persona => persona.name), ['Sarah']);
        // A toggle for each lane the map draws: it has no service blueprint, so no Backstage or Support.
        assert.deepEqual(diagram.lanes, ['goals', 'does', 'thinks', 'says', 'evidence', 'emotions', 'pains', 'experiments', 'metrics']);
        const group = vscode.window.tabGroups.all.find(candidate => candidate.tabs.some(tab =>
            tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('journey.preview')));
        assert.equal(group?.viewColumn, vscode.ViewColumn.Two, 'the preview is not beside the map');
    });

    it('redraws after an edit, at the edited version', async () => {
        const title = positionOf(document, '"Sponsored post for high-performance activewear"', 1);
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, title, 'Edited: ');
        assert.ok(await vscode.workspace.applyEdit(edit));
        const diagram = await diagramWhen(shown => shown.version === document.version);
        assert.ok(diagram.svg.includes('>Edited:'), 'the redrawn diagram lacks the edited title');
    });

    it('draws what resolves while the map has an unknown name, with the error to show over it', async () => {
        const channel = positionOf(document, 'channel social', 'channel '.length);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(channel, channel.translate(0, 'social'.length)), 'socia');
        assert.ok(await vscode.workspace.applyEdit(edit));
        const diagram = await diagramWhen(shown => shown.version === document.version);
        assert.match(diagram.problem?.message ?? '', /socia/);
        assert.equal(diagram.problem?.range.start.line, channel.line);
        assert.ok(diagram.svg.includes('>Edited:'), 'the diagram drawn despite the error lacks the map');
        const undo = new vscode.WorkspaceEdit();
        undo.replace(document.uri, new vscode.Range(channel, channel.translate(0, 'socia'.length)), 'social');
        assert.ok(await vscode.workspace.applyEdit(undo));
        assert.equal((await diagramWhen(shown => shown.version === document.version)).problem, undefined);
    });

    it('selects the source of a clicked element, and ignores messages it cannot trust', async () => {
        const start = positionOf(document, 'touchpoint ');
        const end = document.lineAt(start.line).range.end;
        const range = { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
        const selected = valueWhen(() => vscode.window.activeTextEditor?.selection, vscode.window.onDidChangeTextEditorSelection,
            selection => selection !== undefined && !selection.isEmpty);
        panel.receive({ type: 'reveal', range: { start: range.start, end: { line: document.lineCount + 10, character: 0 } } });
        panel.receive({ type: 'reveal', range: { start: { line: -1, character: 0 }, end: range.end } });
        panel.receive({ type: 'run', command: 'workbench.action.closeAllEditors' });
        panel.receive({ type: 'reveal', range });
        const selection = await selected;
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString());
        assert.ok(selection?.isEqual(new vscode.Selection(start, end)), `selected ${JSON.stringify(selection)}`);
    });

    it('exports the diagram as SVG and PNG next to the map', async () => {
        const svgUri = await vscode.commands.executeCommand<vscode.Uri | undefined>('journey.preview.exportSvg', document.uri);
        assert.equal(svgUri?.toString(), workspaceUri('activewear-first-purchase.svg').toString());
        const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgUri!));
        assert.match(svg, /^<svg [^>]*class="journey-map jm-theme-light"/);
        assert.ok(svg.includes('<style>'), 'an exported SVG carries its own styles');
        const pngUri = await vscode.commands.executeCommand<vscode.Uri | undefined>('journey.preview.exportPng', document.uri);
        assert.equal(pngUri?.toString(), workspaceUri('activewear-first-purchase.png').toString());
        const png = await vscode.workspace.fs.readFile(pngUri!);
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const map = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
        assert.match(map, /journey ActivewearFirstPurchase "Activewear: Sarah's first purchase"/, 'the map on disk was overwritten');
    });
});
