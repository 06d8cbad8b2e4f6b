import { describe, expect, it } from 'vitest';
import type { Document, Persona } from '../src/generated/ast.js';
import { checkFiles } from './check-helper.js';

/** The map's syntax and reference findings as `line:column code message`, and its parsed root. */
async function check(text: string): Promise<{ findings: string[]; root: Document; fixed: string[] }> {
    const [checked] = await checkFiles({ 'shared.journey': 'channel web "Web"', 'map.journey': text }).then(all => all.filter(doc => doc.document.uri.path.endsWith('map.journey')));
    return {
        findings: checked.diagnostics.filter(d => d.code === 'syntax-error' || d.code === 'unresolved-reference').map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`),
        root: checked.document.parseResult.value as Document,
        // The text with each finding's quick fix applied.
        fixed: checked.diagnostics.flatMap(d => {
            const fix = (d.data as { fix?: { offset: number; length: number; newText: string } } | undefined)?.fix;
            return fix ? [text.slice(0, fix.offset) + fix.newText + text.slice(fix.offset + fix.length)] : [];
        })
    };
}

const persona = (root: Document) => root.elements[0] as Persona;

const journey = (touchpointBody: string) => [
    'persona Sarah "Sarah" {',
    '  description """',
    '    Trains five times a week.',
    '      Shops on her phone.',
    '',
    '    Says "always" and C:\\data, as typed.',
    '    """',
    '}',
    'journey J "J" {',
    '  personas Sarah',
    '  reviewed 2026-11-01 every quarter',
    '  stage S "S" {',
    '    touchpoint T "T" {',
    touchpointBody,
    '    }',
    '    touchpoint U "U" { channel web }',
    '  }',
    '  flow Sarah { T -> Uu }',
    '}'
].join('\n');

describe('texts in triple quotes', () => {
    it('span lines: the value drops the common indentation and the line breaks next to the quotes, and keeps the rest as typed', async () => {
        const { root } = await check(journey('      channel web'));
        expect(persona(root).description).toBe('Trains five times a week.\n  Shops on her phone.\n\nSays "always" and C:\\data, as typed.');
    });

    it('may stand on one line, and quotes right before the closing ones belong to the text', async () => {
        const { root } = await check('persona P "P" {\n  quote """She said "no"."""\n  description """She said "no""""\n}');
        expect(persona(root).quote).toBe('She said "no".');
        expect(persona(root).description).toBe('She said "no"');
    });

    it('keep their value with Windows line breaks', async () => {
        const { root } = await check('persona P "P" {\r\n  description """\r\n    One\r\n    Two\r\n    """\r\n}\r\n');
        expect(persona(root).description).toBe('One\nTwo');
    });

    it('place what follows them on the right line', async () => {
        const { findings } = await check(journey('      channel web\n      does """\n        Compares\n        three\n        """\n      owner Nobody'));
        expect(findings).toEqual([
            "19:13 unresolved-reference Unknown team 'Nobody': no file of the workspace declares it.",
            "23:21 unresolved-reference Unknown touchpoint 'Uu': journey 'J' has no touchpoint of that name. Did you mean 'U'?"
        ]);
    });

    it('without the closing """ are one finding at the opening quotes, and later slips are still found', async () => {
        const { findings } = await check(journey('      channel web\n      does """\n        Compares three products\n        and reads reviews\n      thinks "ok"'));
        expect(findings).toEqual([
            '15:12 syntax-error This text has no closing """: it is read up to line 17; put """ on a line of its own after its last line.',
            expect.stringMatching(/^22:21 unresolved-reference Unknown touchpoint 'Uu'/)
        ]);
    });

    it('without the closing """ before another text in triple quotes are one finding too', async () => {
        const { findings, root } = await check(journey('      does """\n        Compares\n      channel web\n      thinks """\n        fine\n        """'));
        expect(findings).toEqual([
            '14:12 syntax-error This text has no closing """: it is read up to line 15; put """ on a line of its own after its last line.',
            expect.stringMatching(/^23:21 unresolved-reference Unknown touchpoint 'Uu'/)
        ]);
        const touchpoint = (root.elements[1] as { stages: { touchpoints: { does: string[]; thinks: string[] }[] }[] }).stages[0].touchpoints[0];
        expect(touchpoint.does).toEqual(['Compares']);
        expect(touchpoint.thinks).toEqual(['fine']);
    });

    it('without the closing """ in the last block of the file are one finding, whose fix closes it', async () => {
        const { findings, fixed } = await check('persona P "P" {\n  description """\n    Trains\n}\n');
        expect(findings).toEqual(['2:15 syntax-error This text has no closing """: it is read up to line 3; put """ on a line of its own after its last line.']);
        expect(fixed).toEqual(['persona P "P" {\n  description """\n    Trains\n  """\n}\n']);
        expect((await check(fixed[0])).findings).toEqual([]);
    });
});
