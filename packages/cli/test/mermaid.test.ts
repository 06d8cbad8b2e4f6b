import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const examples = resolve(import.meta.dirname, '../../../examples');

// Mermaid's own example, plus a section with two actors feeling differently, a task without actors, and a comment.
const diagram = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
      Sit down: 2: Cat
      Look around: 3
`;

describe('journey export --format mermaid / journey import', () => {
    it("orders the tasks along the first persona's flow, as the report's curve, and the touchpoints off it after, by stage", () => {
        const dir = workspace({
            'shop.journey': `persona Ana\njourney Shop {
  stage Find { touchpoint Ad { feels Ana 1 } touchpoint Search { feels Ana -1 } }
  stage Buy { touchpoint Cart { feels Ana 2 } }
  flow Ana { Search -> Cart Cart -> Ad 10% "looks again" }
}
`
        });
        // Ana's flow starts at Search (no step leads to it), goes on to Cart, and back to the ad: Find, Buy, Find again.
        expect(runJourney(['export', 'shop.journey'], dir).stdout).toBe(`journey
    title Shop
    section Find
      Search: 2: Ana
    section Buy
      Cart: 5: Ana
    section Find
      Ad: 4: Ana
`);
    });

    it('exports a journey: stages as sections, touchpoints as tasks, scores mapped onto 1..5, personas as actors', () => {
        const dir = workspace({
            'shop.journey': `persona Ana\npersona Ben\njourney Shop "Shop: online" {
  scale 0 .. 10
  stage Find { touchpoint Ad "Ad; seen" { feels Ana 10 feels Ben 0 } stage Compare { touchpoint Reviews { feels Ana 5 feels Ben 5 } } }
  stage Buy { touchpoint Cart }
}
`
        });
        const result = runJourney(['export', 'shop.journey'], dir);
        expect(result.stderr).toBe('');
        // 10 on 0..10 is 5, 0 is 1, 5 is 3; the colon and semicolon Mermaid would cut at become look-alikes.
        expect(result.stdout).toBe(`journey
    title Shop: online
    section Find
      Ad； seen: 5: Ana
      Ad； seen: 1: Ben
    section Find › Compare
      Reviews: 3: Ana, Ben
    section Buy
      Cart: 3
`);
    });

    it('imports a Mermaid journey as a map that checks without errors, and exports it back unchanged', () => {
        const dir = workspace({ 'day.mmd': diagram });
        const imported = runJourney(['import', 'day.mmd', '-o', 'day.journey'], dir);
        expect(imported).toMatchObject({ code: 0, stderr: '' });
        const map = readFileSync(join(dir, 'day.journey'), 'utf8');
        expect(map).toContain('persona Me "Me"\npersona Cat "Cat"\n\njourney Day "My working day" {\n  personas Me, Cat\n');
        expect(map).toContain('    touchpoint DoWork "Do work" {\n      feels Me -2\n      feels Cat -2\n    }');
        expect(map).toContain('    touchpoint SitDown "Sit down" {\n      feels Me +2\n      feels Cat -1\n    }');
        const check = runJourney(['check', '.', '--format', 'json'], dir);
        expect(JSON.parse(check.stdout).summary.errors).toBe(0);
        expect(runJourney(['export', 'day.journey'], dir).stdout).toBe(diagram);
        expect(runJourney(['import', 'day.mmd', '-o', 'day.journey'], dir)).toMatchObject({
            code: 2, stderr: 'journey: refusing to write over day.journey: choose another output file or add --force\n'
        });
    });

    it('round-trips every example: export, import, export gives the same diagram', () => {
        for (const file of ['activewear-first-purchase.journey', 'support-response-time.journey']) {
            const dir = workspace({});
            const exported = runJourney(['export', join(examples, file), '-o', 'map.mmd'], dir);
            expect(exported.code).toBe(0);
            expect(runJourney(['import', 'map.mmd', '-o', 'map.journey'], dir).code).toBe(0);
            expect(runJourney(['export', 'map.journey'], dir).stdout).toBe(readFileSync(join(dir, 'map.mmd'), 'utf8'));
        }
    });

    it('reports what is not a Mermaid journey with the line, and exits 2', () => {
        const dir = workspace({ 'flow.mmd': 'flowchart LR\n  A --> B\n', 'bad.mmd': 'journey\n  section S\n    Task without score\n' });
        expect(runJourney(['import', 'flow.mmd'], dir)).toMatchObject({ code: 2, stderr: 'journey: flow.mmd:1: a Mermaid journey diagram starts with the word journey\n' });
        expect(runJourney(['import', 'bad.mmd'], dir)).toMatchObject({ code: 2, stderr: "journey: bad.mmd:3: expected a task as 'name: score: actor, actor', found 'Task without score'\n" });
    });
});
