import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const messy = 'team  Web   "Web team"\njourney J {\nreviewed 2026-10-01\n    stage S { touchpoint T {   channel web } }\n}\n';
const tidy = 'team Web "Web team"\njourney J {\n  reviewed 2026-10-01\n  stage S { touchpoint T { channel web } }\n}\n';

describe('journey fmt', () => {
    it('--check lists unformatted maps, exits 1 and changes nothing', () => {
        const dir = workspace({ 'messy.journey': messy, 'tidy.journey': tidy });
        const result = runJourney(['fmt', '--check'], dir);
        expect(result.stdout).toBe('messy.journey: not formatted\n1 of 2 maps need formatting.\n');
        expect(result.code).toBe(1);
        expect(readFileSync(join(dir, 'messy.journey'), 'utf8')).toBe(messy);
    });

    it('formats in place, then has nothing left to do', () => {
        const dir = workspace({ 'messy.journey': messy, 'tidy.journey': tidy });
        const result = runJourney(['fmt', '.'], dir);
        expect(result.stdout).toBe('messy.journey: formatted\n1 of 2 maps formatted.\n');
        expect(result.code).toBe(0);
        expect(readFileSync(join(dir, 'messy.journey'), 'utf8')).toBe(tidy);
        expect(runJourney(['fmt', '--check'], dir).code).toBe(0);
    });

    it('leaves a map with syntax errors alone and exits 1', () => {
        const broken = 'journey J {\n  stage S {\n';
        const dir = workspace({ 'broken.journey': broken });
        const result = runJourney(['fmt'], dir);
        expect(result.stdout).toBe('broken.journey: not formatted, it has 1 syntax error (see journey check)\n0 of 1 map formatted, 1 with syntax errors.\n');
        expect(result.code).toBe(1);
        expect(readFileSync(join(dir, 'broken.journey'), 'utf8')).toBe(broken);
    });
});
