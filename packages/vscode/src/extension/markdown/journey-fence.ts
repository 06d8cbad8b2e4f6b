// The markdown-it plugin VS Code's Markdown preview loads (package.json: markdown.markdownItPlugins): a fenced
// block whose info string starts with `journey` is drawn as a journey map; every other fence is left to the
// renderer before it.
import type { ThemeName } from '@journey-maps/language-server/protocol';

/** The part of markdown-it the plugin uses (the extension does not depend on markdown-it itself). */
export interface MarkdownIt {
    readonly renderer: { rules: { fence?: FenceRule } };
}

interface FenceToken {
    readonly info: string;
    readonly content: string;
}

type FenceRule = (tokens: FenceToken[], index: number, options: unknown, env: unknown, self: unknown) => string;

/** Draws a block: its text, the URI of the Markdown document it is in, the palette. */
export type DrawBlock = (text: string, documentUri: string, theme: ThemeName) => string;

export function journeyFence(md: MarkdownIt, draw: DrawBlock, theme: () => ThemeName, fallbackUri: () => string): MarkdownIt {
    const fence = md.renderer.rules.fence;
    md.renderer.rules.fence = (tokens, index, options, env, self) => {
        const token = tokens[index];
        if (token.info.trim().split(/\s+/)[0] !== 'journey') {
            return fence ? fence(tokens, index, options, env, self) : '';
        }
        return draw(token.content, documentUriOf(env) ?? fallbackUri(), theme());
    };
    return md;
}

/** VS Code's Markdown engine passes the document being rendered as `env.currentDocument`. */
function documentUriOf(env: unknown): string | undefined {
    const current = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
    return current !== undefined && current !== null ? String(current) : undefined;
}
