import escapeMarkdown from 'markdown-escape';
import { guardFormula } from './formula-guard.js';

/**
 * User text made inert in GitHub Markdown, also inside a table cell: backslashes, Markdown's control
 * characters, pipes, entities and line breaks are escaped, and a leading formula character is guarded.
 */
export function markdownText(text: string): string {
    const escaped = escapeMarkdown(guardFormula(text).replace(/\\/g, '\\\\').replace(/&/g, '&amp;'))
        .replace(/\|/g, '\\|')
        .replace(/[~!]/g, match => `\\${match}`);
    return escaped.replace(/\r?\n|\r/g, ' ');
}
