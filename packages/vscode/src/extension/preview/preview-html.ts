// The preview's page: a strict Content-Security-Policy (nothing by default; the one script and the diagram's
// style element by nonce; the stylesheet and fonts from the extension only). No vscode import: the browser test
// loads this very page.

export interface PreviewPage {
    /** The webview's source expression for the extension's files (`webview.cspSource`). */
    readonly cspSource: string;
    readonly styleUri: string;
    readonly scriptUri: string;
}

export function previewHtml(page: PreviewPage, nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))): string {
    const csp = [
        "default-src 'none'",
        `style-src ${page.cspSource} 'nonce-${nonce}'`,
        `font-src ${page.cspSource}`,
        `script-src 'nonce-${nonce}'`
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${page.styleUri}">
<title>Journey Preview</title>
</head>
<body>
<script nonce="${nonce}" src="${page.scriptUri}"></script>
</body>
</html>
`;
}
