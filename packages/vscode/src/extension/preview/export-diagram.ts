// "Export Diagram as SVG / PNG": the language server renders the map (PNG rasterised there with resvg, as
// `journey render` does) and the file is written next to the map, named after it: never over the map itself.
import { commands, Uri, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ExportRequest, type ExportFormat } from '@journey-maps/language-server/protocol';
import type { PreviewOptions } from '../../protocol/webview.js';
import { defaultPreviewOptions } from './webview-messages.js';

export const ExportCommands = {
    svg: 'journey.preview.exportSvg',
    png: 'journey.preview.exportPng'
} as const;

/**
 * Registers the export commands. `target` finds the map a command is about and the options its preview shows.
 * Each command resolves with the written file's URI (or `undefined` when nothing was written).
 */
export function registerExportCommands(
    context: ExtensionContext,
    client: LanguageClient,
    target: (uri?: Uri) => Thenable<TextDocument> | undefined,
    optionsOf: (document: TextDocument) => PreviewOptions | undefined
): void {
    const run = async (format: ExportFormat, uri?: Uri): Promise<Uri | undefined> => {
        const document = await target(uri);
        if (!document) {
            void window.showInformationMessage('Open a .journey file to export its map.');
            return undefined;
        }
        const output = exportUri(document.uri, format);
        const response = await client.sendRequest(ExportRequest, {
            uri: client.code2ProtocolConverter.asUri(document.uri),
            version: document.version,
            options: optionsOf(document) ?? defaultPreviewOptions,
            format
        });
        if ('error' in response) {
            void window.showErrorMessage(`Cannot export the map: ${response.error.message}`);
            return undefined;
        }
        await workspace.fs.writeFile(output, Uint8Array.from(atob(response.result.base64), char => char.charCodeAt(0)));
        void window.showInformationMessage(`Exported the map to ${workspace.asRelativePath(output)}.`);
        return output;
    };
    context.subscriptions.push(
        commands.registerCommand(ExportCommands.svg, (uri?: Uri) => run('svg', uri)),
        commands.registerCommand(ExportCommands.png, (uri?: Uri) => run('png', uri))
    );
}

/** `map.journey` -> `map.svg` / `map.png` beside it (a different name by construction, so never the map). */
function exportUri(map: Uri, format: ExportFormat): Uri {
    const name = map.path.split('/').pop() ?? 'map.journey';
    const base = name.replace(/\.journey$/i, '');
    return Uri.joinPath(map, '..', `${base}.${format}`);
}
