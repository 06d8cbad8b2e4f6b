// The host's API inside the webview (`acquireVsCodeApi`, callable once), typed with the preview's protocol.
import type { FromWebview, PreviewState } from '../protocol/webview.js';

export interface VsCodeApi {
    postMessage(message: FromWebview): void;
    setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const vscode: VsCodeApi = acquireVsCodeApi();
