import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

describe('journey init', () => {
    it.each(['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'])('starts a %s map that checks clean', template => {
        const dir = workspace({});
        const result = runJourney(['init', 'first-purchase', '--template', template], dir);
        expect(result.stdout).toBe(`created first-purchase.journey (${template})\ncreated shared.journey\n`);
        expect(result.code).toBe(0);
        const map = readFileSync(join(dir, 'first-purchase.journey'), 'utf8');
        expect(map).toContain(`journey FirstPurchase "First purchase" {\n  kind ${template}`);
        const check = runJourney(['check', '--fail-on', 'warning'], dir);
        expect(check.stdout).toBe('No problems in 2 maps.\n');
        expect(runJourney(['fmt', '--check'], dir).code).toBe(0);
    });

    it("uses the folder's personas and teams, and declares what the folder lacks in the new map", () => {
        const dir = workspace({ 'shared.journey': 'persona Sam "Sam"\n' });
        const result = runJourney(['init'], dir);
        expect(result.stdout).toBe('created my-journey.journey (current-state)\n');
        const map = readFileSync(join(dir, 'my-journey.journey'), 'utf8');
        expect(map.startsWith('team Owner "Owner"\n\n')).toBe(true);
        expect(map).toContain('personas Sam');
        expect(readFileSync(join(dir, 'shared.journey'), 'utf8')).toBe('persona Sam "Sam"\n');
        expect(runJourney(['check', '--fail-on', 'warning'], dir).stdout).toBe('No problems in 2 maps.\n');
    });

    it('never overwrites a file and refuses names that cannot be names', () => {
        const dir = workspace({ 'taken.journey': 'team T' });
        const taken = runJourney(['init', 'taken'], dir);
        expect(taken.stderr).toBe('journey: taken.journey already exists; choose another name\n');
        expect(taken.code).toBe(2);
        expect(readFileSync(join(dir, 'taken.journey'), 'utf8')).toBe('team T');
        const bad = runJourney(['init', '../escape'], dir);
        expect(bad.stderr).toBe("journey: '../escape' cannot name a map: use letters, digits, '-' and '_', starting with a letter\n");
        expect(bad.code).toBe(2);
    });
});
