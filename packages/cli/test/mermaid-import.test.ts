import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { checkTexts, createJourneyServices, isJourney, journeyModel } from '@journey-maps/language';
import { journeyFromMermaid, parseMermaidJourney } from '../src/mermaid/mermaid-import.js';
import { mermaidJourney } from '../src/mermaid/mermaid-export.js';

/** Imports a Mermaid journey and checks the map it gives: its text and its errors (line:column message). */
async function imported(mermaid: string): Promise<{ text: string; errors: string[] }> {
    const parsed = parseMermaidJourney(mermaid);
    if (!('journey' in parsed)) {
        throw new Error(parsed.error);
    }
    const text = journeyFromMermaid(parsed.journey, 'Imported', 'test.mmd');
    const { Journey } = createJourneyServices(EmptyFileSystem);
    const [checked] = await checkTexts(Journey, [{ uri: 'file:///import/imported.journey', text }]);
    const errors = checked.diagnostics.filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    return { text, errors };
}

describe('journey import of awkward Mermaid', () => {
    it('writes scores close to a whole number as numbers the language reads', async () => {
        const { text, errors } = await imported('journey\n  section S\n    A: 3.0000001: Me\n    B: 4.5: Me\n    C: 1e3: Me\n');
        expect(errors).toEqual([]);
        expect(text).toContain('touchpoint A "A" {\n      feels Me 0\n');
        expect(text).toContain('touchpoint B "B" {\n      feels Me +1.5\n');
        expect(text).toContain('touchpoint C "C" {\n      feels Me +2\n');
    });

    it('feels once per actor at a touchpoint, however often the actor is listed', async () => {
        const { text, errors } = await imported('journey\n  section S\n    A: 5: Me, Me, Cat\n    A: 1: Me\n');
        expect(errors).toEqual([]);
        expect(text).toContain('touchpoint A "A" {\n      feels Me +2\n      feels Cat +2\n      // Mermaid also scores Me 1 here\n    }');
    });

    it('drops control characters such as NUL from texts', async () => {
        const { text, errors } = await imported('journey\n  title Day\u0000 one\u0007\n  section S\u0000\n    Tea\u0000\u001b[31m: 5: Me\u0000\n');
        expect(errors).toEqual([]);
        expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        expect(text).toContain('journey Imported "Day one" {');
    });

    it('names many tasks of one title uniquely', async () => {
        const tasks = Array.from({ length: 2_000 }, (_, i) => `    ${i % 2 ? 'Task' : 'Task 2'}: 3: Me`).join('\n');
        const { text, errors } = await imported(`journey\n  section S\n${tasks}\n`);
        expect(errors).toEqual([]);
        const names = [...text.matchAll(/touchpoint (\S+)/g)].map(match => match[1]);
        expect(names.slice(0, 4)).toEqual(['Task2', 'Task', 'Task22', 'Task3']);
        expect(new Set(names).size).toBe(2_000);
    });
});

describe('journey export of a broken map', () => {
    it('writes no NaN for emotions whose score the parser could not read', async () => {
        const { Journey } = createJourneyServices(EmptyFileSystem);
        const [checked] = await checkTexts(Journey, [{ uri: 'file:///export/broken.journey', text: `persona P
            journey J { scale -2 .. stage S { touchpoint T { feels P "word" feels P 1 } touchpoint U { feels P } } }` }]);
        expect(checked.diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
        const journey = checked.document.parseResult.value.elements.find(isJourney)!;
        const mermaid = mermaidJourney(journeyModel(journey));
        expect(mermaid).not.toMatch(/NaN|undefined|Infinity/);
        expect(mermaid).toContain('T: 4: P');
    });
});
