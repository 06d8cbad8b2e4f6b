import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createJourneyServices, type Document, type Journey } from '../../src/index.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper(services);

async function format(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.textDocument.uri }, options: { tabSize: 2, insertSpaces: true }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

describe('formatting', () => {
    it('indents blocks by depth, spaces tokens once and keeps comments and the writer\'s line breaks', async () => {
        const messy = [
            'team  Web   "Web team"',
            'journey J   "J"{',
            'reviewed 2026-10-01',
            '      stage S { touchpoint T {   channel web ,app',
            '  owner Web }',
            ' }',
            '',
            '      // why this flow',
            '    flow { T -> T  70 % "again" }',
            '  personas A ,B',
            '  experiment E { expect -15 % }',
            '  stage Q { touchpoint U {  says   "Hi"',
            '  support  "CRM"   artifact "Receipt" } }',
            '}'
        ].join('\n');
        expect(await format(messy)).toBe([
            'team Web "Web team"',
            'journey J "J" {',
            '  reviewed 2026-10-01',
            '  stage S { touchpoint T { channel web, app',
            '    owner Web }',
            '  }',
            '',
            '  // why this flow',
            '  flow { T -> T 70% "again" }',
            '  personas A, B',
            '  experiment E { expect -15% }',
            '  stage Q { touchpoint U { says "Hi"',
            '    support "CRM" artifact "Receipt" } }',
            '}'
        ].join('\n'));
    });

    it('leaves the bundled examples as they are, and is idempotent', async () => {
        const folder = resolve(import.meta.dirname, '../../../../examples');
        for (const name of readdirSync(folder).filter(file => file.endsWith('.journey'))) {
            const text = readFileSync(resolve(folder, name), 'utf8');
            const once = await format(text);
            expect(once, name).toBe(text);
            expect(await format(once)).toBe(once);
        }
    });

    it('indents the lines of a text in triple quotes one level deeper than its property, keeping its value', async () => {
        const messy = [
            'journey J {',
            '        goal """Find shoes',
            '      that "fit",',
            '',
            '        and last"""',
            'stage S { touchpoint T {',
            '  does """',
            '  Compares',
            '    three',
            '  """ thinks "ok" } }',
            '  scope """one line, kept"""',
            '}'
        ].join('\n');
        const formatted = await format(messy);
        expect(formatted).toBe([
            'journey J {',
            '  goal """',
            '    Find shoes',
            '    that "fit",',
            '',
            '      and last',
            '  """',
            '  stage S { touchpoint T {',
            '    does """',
            '      Compares',
            '        three',
            '    """ thinks "ok" } }',
            '  scope """one line, kept"""',
            '}'
        ].join('\n'));
        const journey = async (text: string) => ((await parse(text)).parseResult.value as Document).elements[0] as Journey;
        expect((await journey(formatted)).goal).toBe((await journey(messy)).goal);
        expect((await journey(formatted)).goal).toBe('Find shoes\nthat "fit",\n\n  and last');
        expect(await format(formatted)).toBe(formatted);
    });

    it('never changes what the map says', async () => {
        const text = 'journey J {stage S{touchpoint T{channel web feels Sarah +1 "ok"}}\n  metric M at T {target 3}}';
        const formatted = await format(text);
        const strip = async (t: string) => services.serializer.JsonSerializer.serialize((await parse(t)).parseResult.value, { refText: true });
        expect(await strip(formatted)).toBe(await strip(text));
    });
});
