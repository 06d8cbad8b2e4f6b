// The language features as a map writer meets them in a real VS Code, on a copy of examples/ with the extension
// under development: diagnostics, completion, hover, go to definition, rename, symbols, quick fixes, formatting.
import { before, describe, it } from 'mocha';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { brokenMap, regradeThroughConfig } from './broken-map.js';
import { assertTeamsCompletedAfterOwner, codeOf, createDocument, diagnosticsWhen, hoverText, positionOf, workspaceUri } from './workspace-helpers.js';

const EXTENSION_ID = 'journey-maps.journey-maps';

describe('Journey Maps in VS Code', () => {
    let broken: vscode.TextDocument;
    let activewear: vscode.TextDocument;

    before(async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is not loaded`);
        broken = await createDocument('broken.journey', brokenMap);
        await vscode.window.showTextDocument(broken);
        await extension.activate();
        activewear = await vscode.workspace.openTextDocument(workspaceUri('activewear-first-purchase.journey'));
    });

    it('publishes diagnostics for a broken map, with check codes and suggestions', async () => {
        const diagnostics = await diagnosticsWhen(broken.uri, found => found.some(d => codeOf(d) === 'pain-without-opportunity'));
        const unknownChannel = diagnostics.find(d => codeOf(d) === 'unresolved-reference');
        assert.ok(unknownChannel, `no unresolved-reference among ${diagnostics.map(codeOf).join(', ')}`);
        assert.equal(unknownChannel.severity, vscode.DiagnosticSeverity.Error);
        assert.match(unknownChannel.message, /Did you mean 'web'\?/);
        assert.equal(broken.getText(unknownChannel.range), 'webb');
        const unaddressed = diagnostics.find(d => codeOf(d) === 'pain-without-opportunity');
        assert.equal(unaddressed?.severity, vscode.DiagnosticSeverity.Warning);
    });

    it("offers 'Change to 'web'' as the preferred quick fix for channel webb, before creating a channel", async () => {
        const diagnostics = await diagnosticsWhen(broken.uri, found => found.some(d => codeOf(d) === 'unresolved-reference'));
        const unknownChannel = diagnostics.find(d => codeOf(d) === 'unresolved-reference' && broken.getText(d.range) === 'webb');
        assert.ok(unknownChannel);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider', broken.uri, unknownChannel.range, vscode.CodeActionKind.QuickFix.value);
        const titles = actions.map(action => action.title);
        const change = actions.find(action => action.title === "Change to 'web'");
        assert.ok(change, `no 'Change to 'web'' among: ${titles.join('; ')}`);
        assert.equal(change.isPreferred, true, "'Change to 'web'' is not the preferred fix");
        assert.deepEqual(actions.filter(action => action.isPreferred).map(action => action.title), ["Change to 'web'"]);
        const create = titles.findIndex(title => title.startsWith("Create channel 'webb'"));
        assert.ok(create < 0 || titles.indexOf("Change to 'web'") < create, `the change comes after creating: ${titles.join('; ')}`);
        const edits = change.edit?.get(broken.uri) ?? [];
        assert.deepEqual(edits.map(edit => [broken.getText(edit.range), edit.newText]), [['webb', 'web']]);
    });

    it('completes the teams of the workspace after `owner`', async () => {
        await assertTeamsCompletedAfterOwner(activewear);
    });

    it('shows a persona card on hover, from another file', async () => {
        const position = positionOf(activewear, 'personas Sarah', 'personas '.length + 1);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', activewear.uri, position);
        const text = hoverText(hovers);
        assert.match(text, /fitness enthusiast/);
        assert.match(text, /two minutes/, 'the card shows the persona\'s quote');
    });

    it('goes to a team\'s definition in another file', async () => {
        const position = positionOf(activewear, 'owner Marketing', 'owner '.length + 2);
        const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
            'vscode.executeDefinitionProvider', activewear.uri, position);
        assert.equal(targets.length, 1);
        const target = targets[0];
        const uri = 'targetUri' in target ? target.targetUri : target.uri;
        const range = 'targetUri' in target ? target.targetSelectionRange ?? target.targetRange : target.range;
        assert.equal(uri.toString(), workspaceUri('shared.journey').toString());
        const shared = await vscode.workspace.openTextDocument(uri);
        assert.equal(shared.getText(range), 'Marketing');
        assert.match(shared.lineAt(range.start.line).text, /^team Marketing/);
    });

    it('renames a persona in every file that uses it', async () => {
        const shared = await vscode.workspace.openTextDocument(workspaceUri('shared.journey'));
        const position = positionOf(shared, 'persona Sarah', 'persona '.length);
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', shared.uri, position, 'Sally');
        const files = edit.entries().map(([uri]) => uri.path.split('/').pop()).sort();
        for (const file of ['activewear-first-purchase.journey', 'broken.journey', 'shared.journey']) {
            assert.ok(files.includes(file), `no edit in ${file} (edits in ${files.join(', ')})`);
        }
        for (const [uri, edits] of edit.entries()) {
            const document = await vscode.workspace.openTextDocument(uri);
            for (const textEdit of edits) {
                assert.equal(textEdit.newText, 'Sally');
                assert.equal(document.getText(textEdit.range), 'Sarah');
            }
        }
    });

    it('outlines a map as journey > stage > touchpoint', async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', activewear.uri);
        const named = (list: vscode.DocumentSymbol[] | undefined, name: string) =>
            list?.find(symbol => symbol.name === name || symbol.name.includes(name) || symbol.detail.includes(name));
        const journey = named(symbols, 'ActivewearFirstPurchase');
        assert.ok(journey, `no journey symbol among ${symbols.map(s => s.name).join(', ')}`);
        const stage = named(journey.children, 'Awareness');
        assert.ok(stage, 'no stage Awareness under the journey');
        assert.ok(named(stage.children, 'SponsoredPost'), 'no touchpoint SponsoredPost under the stage');
    });

    it('re-grades checks when journey.config.json changes on disk', async () => {
        await regradeThroughConfig(broken.uri);
    });

    it('applies the quick fix that adds an opportunity for an unaddressed pain', async () => {
        const found = await diagnosticsWhen(broken.uri, found => found.some(d => codeOf(d) === 'pain-without-opportunity'));
        const diagnostic = found.find(d => codeOf(d) === 'pain-without-opportunity');
        assert.ok(diagnostic);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider', broken.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find(action => action.title === "Add an opportunity for 'SlowPage'");
        assert.ok(fix?.edit, `no such quick fix among: ${actions.map(action => action.title).join('; ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(broken.getText(), /opportunity \w+ "[^"]*" \{\s+solves SlowPage/);
        await diagnosticsWhen(broken.uri, found => !found.some(d => codeOf(d) === 'pain-without-opportunity'));
    });

    it('formats a messy map', async () => {
        const messy = await createDocument('messy.journey', 'team   Ops    "Operations"   {\ndescription   "Runs things"\n      }\n');
        const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
            'vscode.executeFormatDocumentProvider', messy.uri, { tabSize: 2, insertSpaces: true });
        const edit = new vscode.WorkspaceEdit();
        edit.set(messy.uri, edits);
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.equal(messy.getText(), 'team Ops "Operations" {\n  description "Runs things"\n}\n');
    });
});
