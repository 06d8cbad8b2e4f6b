import { escape } from 'html-escaper';
import { htmlStyle } from './html-style.js';

/**
 * A whole self-contained page: inline style, no script, and a content security policy that forbids every
 * request, so the file reads the same offline, attached to a CI run or printed. `body` is trusted markup.
 */
export function htmlPage(title: string, body: string): string {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${htmlStyle}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
