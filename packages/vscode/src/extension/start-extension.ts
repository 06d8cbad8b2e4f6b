// What the desktop entry (main.ts) and the web entry (web/browser-main.ts) share once each has its language client:
// the diagram preview and its exports, the ```journey blocks of Markdown previews, and the client started and stopped.
import { workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { diagramTheme } from './diagram-theme.js';
import { BlockDiagrams } from './markdown/block-diagrams.js';
import { journeyFence, type MarkdownIt } from './markdown/journey-fence.js';
import { registerExportCommands } from './preview/export-diagram.js';
import { PreviewManager } from './preview/preview-manager.js';

let client: BaseLanguageClient | undefined;

/** What the extension hands to other extensions and to the editor suite. */
export interface JourneyExtensionApi {
    readonly previews: PreviewManager;
    /** Called by VS Code's Markdown preview (package.json: markdown.markdownItPlugins). */
    extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export async function startExtension(context: ExtensionContext, languageClient: BaseLanguageClient): Promise<JourneyExtensionApi> {
    client = languageClient;
    const previews = new PreviewManager(context, client);
    registerExportCommands(context, client, uri => previews.targetDocument(uri), document => previews.panelOf(document.uri)?.state().options);
    const blocks = new BlockDiagrams(client);
    context.subscriptions.push(workspace.onDidChangeTextDocument(change => {
        if (change.document.languageId === 'journey') blocks.clear();
    }));
    await client.start();
    return {
        previews,
        extendMarkdownIt: md => journeyFence(md, (text, uri, theme) => blocks.html(text, uri, theme), diagramTheme, () => workspace.workspaceFolders?.[0]?.uri.toString() ?? 'untitled:markdown')
    };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
