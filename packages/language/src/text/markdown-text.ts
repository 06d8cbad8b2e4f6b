import escapeMarkdown from 'markdown-escape';

/**
 * User text made inert in GitHub and VS Code Markdown, also inside a table cell: backslashes, Markdown's control
 * characters, pipes, entities and line breaks are escaped. The one Markdown escaping rule of hovers, reports and diffs.
 */
export function markdownText(text: string): string {
    const escaped = escapeMarkdown(text.replace(/\\/g, '\\\\').replace(/&/g, '&amp;'))
        .replace(/\|/g, '\\|')
        .replace(/[~!]/g, match => `\\${match}`);
    return escaped.replace(/\r?\n|\r/g, ' ');
}
