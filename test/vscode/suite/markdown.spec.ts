// Journey maps inside Markdown, in a real VS Code: the Markdown engine of the built-in Markdown extension (the one
// its preview renders with) loads the extension's markdown-it plugin, which draws a ```journey block through the
// language server, with the workspace's shared personas and teams, shows a broken block's first error, escaped, in
// the block, and leaves other fences alone.
import { before, describe, it } from 'mocha';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JourneyExtensionApi } from '../../../packages/vscode/src/extension/main.js';

const EXTENSION_ID = 'journey-maps.journey-maps';

const drawable = [
    'journey NotesCheckout "Checkout <in> notes" {',
    '  personas Sarah',
    '  stage Pay "Pay" {',
    '    touchpoint Card "Card payment" { channel web owner Web feels Sarah 1 "relieved" }',
    '  }',
    '}'
].join('\n');

const broken = ['journey NotesBroken "Broken" {', '  personas Nobody', '}'].join('\n');

const markdown = ['# Notes', '', '```journey', drawable, '```', '', '```journey', broken, '```', '', '```js', 'const answer = 42;', '```', ''].join('\n');

/** The Markdown as the preview renders it, once the language server has answered for every block. */
async function renderedWhenDrawn(text: string): Promise<string> {
    const deadline = Date.now() + 25_000;
    for (;;) {
        const html = await vscode.commands.executeCommand<string>('markdown.api.render', text);
        if (!html.includes('journey-block-pending') || Date.now() > deadline) return html;
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

describe('Journey maps in Markdown', () => {
    before(async () => {
        const extension = vscode.extensions.getExtension<JourneyExtensionApi>(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is not loaded`);
        await extension.activate();
    });

    it('draws a ```journey block, shows a broken block\'s error in the block, and leaves other fences alone', async () => {
        const html = await renderedWhenDrawn(markdown);
        assert.ok(!html.includes('journey-block-pending'), 'the blocks were not drawn within 25 s');
        const drawn = /<div class="journey-block">(<svg [\s\S]*?<\/svg>)\s*<\/div>/.exec(html)?.[1];
        assert.ok(drawn, `no diagram in ${html.slice(0, 500)}`);
        assert.match(drawn, /class="journey-map/);
        assert.ok(drawn.includes('Checkout &lt;in&gt; notes'), 'the diagram lacks the escaped title');
        assert.ok(drawn.includes('Sarah, fitness enthusiast'), 'the shared persona of the workspace did not resolve');
        assert.ok(!/<script/i.test(drawn), 'the diagram holds a script');
        const error = /<div class="journey-block journey-block-error" role="alert">([\s\S]*?)<\/div>/.exec(html)?.[1];
        assert.ok(error, 'the broken block shows no error');
        assert.match(error, /cannot be drawn/);
        assert.match(error, /Line 2: .*Nobody/);
        assert.match(html, /<pre><code [^>]*class="[^"]*language-js[^"]*"[^>]*>.*const.*answer = .*42.*;/);
    });
});
