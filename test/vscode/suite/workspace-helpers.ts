// Helpers for the editor suite: files of the opened workspace (a copy of examples/), positions by text, and
// waiting for the language server's diagnostics by event.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The URI of a file in the workspace folder the suite runs in. */
export function workspaceUri(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the suite needs a workspace folder (a copy of examples/)');
    return vscode.Uri.joinPath(folder.uri, name);
}

/** Writes a file into the workspace and opens it. */
export async function createDocument(name: string, text: string): Promise<vscode.TextDocument> {
    const uri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return vscode.workspace.openTextDocument(uri);
}

/** The position `offset` characters into the first occurrence of `text` (after `after`, if given). */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0, after?: string): vscode.Position {
    const source = document.getText();
    const from = after === undefined ? 0 : source.indexOf(after);
    assert.ok(from >= 0, `'${after}' is not in ${document.uri.path}`);
    const index = source.indexOf(text, from);
    assert.ok(index >= 0, `'${text}' is not in ${document.uri.path}`);
    return document.positionAt(index + offset);
}

/**
 * Resolves with the diagnostics of `uri` once they satisfy `accept`: at once if they already do, otherwise on
 * the `onDidChangeDiagnostics` event that makes them do.
 */
export function diagnosticsWhen(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
    return valueWhen(() => vscode.languages.getDiagnostics(uri), vscode.languages.onDidChangeDiagnostics, accept);
}

/** A diagnostic's check code (`pain-without-opportunity`, ...). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The text of a hover's contents, Markdown or plain. */
export function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap(hover => hover.contents).map(content => typeof content === 'string' ? content : content.value).join('\n');
}

/** Resolves with `current()` once it satisfies `accept`: at once if it already does, otherwise on the `event` that makes it. */
export function valueWhen<T>(current: () => T, event: vscode.Event<unknown>, accept: (value: T) => boolean): Promise<T> {
    return new Promise(resolve => {
        if (accept(current())) {
            resolve(current());
            return;
        }
        const listener = event(() => {
            const value = current();
            if (accept(value)) {
                listener.dispose();
                resolve(value);
            }
        });
    });
}

/** Completion after `owner ` in the activewear map offers every team of the workspace, and no persona. */
export async function assertTeamsCompletedAfterOwner(activewear: vscode.TextDocument): Promise<void> {
    const position = positionOf(activewear, 'owner Marketing', 'owner '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', activewear.uri, position);
    const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
    for (const team of ['Web', 'CX', 'Support', 'Marketing', 'Logistics', 'Product']) {
        assert.ok(labels.includes(team), `team ${team} missing from ${labels.join(', ')}`);
    }
    assert.ok(!labels.includes('Sarah'), 'a persona is offered where a team is expected');
}
