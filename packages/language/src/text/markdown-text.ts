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

/**
 * User text that may span lines, made inert in Markdown like `markdownText` but with its line breaks kept as
 * hard line breaks: each further line starts with `continuation` (`> ` in a quote, two spaces in a list item),
 * its indentation is kept, and a line that would start a list, heading or rule is escaped. Not for table cells.
 */
export function markdownLines(text: string, continuation = ''): string {
    return text.split(/\r\n|\r|\n/).map(line => {
        const indentation = /^[ \t]*/.exec(line)![0];
        const escaped = markdownText(line.slice(indentation.length)).replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
        return '&nbsp;'.repeat(indentation.replace(/\t/g, '    ').length) + escaped;
    }).join(`\\\n${continuation}`);
}
