// The diagrams of the ```journey blocks of Markdown previews. markdown-it renders synchronously and the language
// server answers asynchronously: a block not drawn yet shows a placeholder and asks the server; the answer is kept
// and the Markdown preview refreshed, which then finds it.
import { escape } from 'html-escaper';
import { commands } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { BlockDiagramRequest, type BlockDiagramResult, type Response, type ThemeName } from '@journey-maps/language-server/protocol';

/** Answers kept, by theme, document and block text; the oldest go first past this many. */
const cacheSize = 64;

export class BlockDiagrams {
    private readonly answers = new Map<string, Response<BlockDiagramResult> | 'pending'>();

    constructor(private readonly client: BaseLanguageClient) {}

    /** Forgets every answer: a map of the workspace changed, so a block may now resolve, or no longer. */
    clear(): void {
        this.answers.clear();
    }

    /** The block's HTML: its diagram, its first error, or a placeholder while the server draws it. */
    html(text: string, documentUri: string, theme: ThemeName): string {
        const key = JSON.stringify([theme, documentUri, text]);
        const answer = this.answers.get(key);
        if (answer === undefined) {
            this.request(key, { uri: documentUri, text, theme });
        }
        if (answer === undefined || answer === 'pending') {
            return '<div class="journey-block journey-block-pending">Drawing the journey map…</div>';
        }
        if ('result' in answer) {
            return `<div class="journey-block">${answer.result.svg}</div>`;
        }
        const line = answer.error.range ? `Line ${answer.error.range.start.line + 1}: ` : '';
        return `<div class="journey-block journey-block-error" role="alert"><strong>This journey map cannot be drawn.</strong> ${escape(line + answer.error.message)}</div>`;
    }

    private request(key: string, params: { uri: string; text: string; theme: ThemeName }): void {
        this.answers.set(key, 'pending');
        if (this.answers.size > cacheSize) {
            this.answers.delete(this.answers.keys().next().value!);
        }
        void this.client.sendRequest(BlockDiagramRequest, params)
            .catch((error: unknown): Response<BlockDiagramResult> => ({
                error: { kind: 'failed', message: `The language server did not answer: ${error instanceof Error ? error.message : String(error)}` }
            }))
            .then(answer => {
                this.answers.set(key, answer);
                return commands.executeCommand('markdown.preview.refresh');
            });
    }
}
