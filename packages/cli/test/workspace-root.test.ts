import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const today = '2026-11-22';
const shared = 'persona Sarah "Sarah"\npersona Marco "Marco"\nteam Web "Web team"\n';
const journey = (name: string, persona: string, extra = '') => `journey ${name} "${name}" {
  reviewed 2026-11-01
  stage Buy { touchpoint Checkout "Checkout" { channel web owner Web feels ${persona} -1 "anxious" } }
  metric Conversion at Checkout { unit % target 3 better higher }${extra}
}
`;
const check = (args: string[], cwd: string) => runJourney(['check', '--today', today, ...args], cwd);

describe('the workspace of the files named', () => {
    it('resolves names from the maps of the workspace when one map is named, and reports only on that map', () => {
        const dir = workspace({
            'maps/journey.config.json': '{}',
            'maps/shared.journey': shared,
            'maps/shop.journey': journey('Shop', 'Sarah'),
            'maps/sub/loyalty.journey': journey('Loyalty', 'Marco'),
            'maps/sub/broken.journey': 'journey Broken { stage S { touchpoint T { channel nowhere } } }\n'
        });
        const result = check(['maps/sub/loyalty.journey'], dir);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe('No problems in 1 map.\n');
        expect(result.code).toBe(0);
    });

    it('judges unused-persona over the whole workspace: a persona used by a map that was not named is used', () => {
        const dir = workspace({
            'shared.journey': shared + 'persona Ghost "Nobody"\n',
            'shop.journey': journey('Shop', 'Sarah'),
            'loyalty.journey': journey('Loyalty', 'Marco')
        });
        const two = check(['shared.journey', 'shop.journey'], dir);
        expect(two.stdout).toBe("shared.journey:4:9 warning unused-persona Persona 'Ghost' is declared but no journey uses it.\n1 warning in 2 maps.\n");
        expect(two.code).toBe(0);
    });

    it('reports the whole workspace with --all, and counts the maps named otherwise', () => {
        const dir = workspace({
            'shared.journey': shared,
            'shop.journey': journey('Shop', 'Sarah'),
            'loyalty.journey': journey('Loyalty', 'Marco'),
            'broken.journey': 'journey Broken { reviewed 2026-11-01 stage S { touchpoint T { channel nowhere } } }\n'
        });
        expect(check(['shop.journey'], dir)).toMatchObject({ code: 0, stdout: 'No problems in 1 map.\n' });
        const all = check(['shop.journey', '--all'], dir);
        expect(all.stdout).toMatch(/^broken\.journey:1:\d+ error unresolved-reference Unknown channel 'nowhere'/m);
        expect(all.stdout).toMatch(/ in 4 maps\.\n$/);
        expect(all.code).toBe(1);
        expect(runJourney(['check', '--help'], dir).stdout).toMatch(/--all\s+report on every map of the workspace/);
    });

    it('finds the workspace root from the named path: the nearest journey.config.json, whose checks apply', () => {
        const dir = workspace({
            'w/journey.config.json': '{ "checks": { "metric-without-target": "error" } }',
            'w/shared.journey': shared,
            'w/maps/shop.journey': journey('Shop', 'Sarah').replace(' target 3 better higher', ' better higher'),
            'w/maps/loyalty.journey': journey('Loyalty', 'Marco')
        });
        const fromOutside = check(['w'], dir);
        expect(fromOutside.stdout).toMatch(/^w\/maps\/shop\.journey:4:\d+ error metric-without-target/);
        expect(fromOutside.code).toBe(1);
        const oneFile = check(['w/maps/shop.journey'], dir);
        expect(oneFile.stdout).toMatch(/^w\/maps\/shop\.journey:4:\d+ error metric-without-target .*\n1 error in 1 map\.\n$/);
        // --config still wins.
        const quiet = workspace({ 'quiet.json': '{ "checks": { "metric-without-target": "off" } }' });
        expect(check(['w/maps/shop.journey', '--config', join(quiet, 'quiet.json')], dir)).toMatchObject({ code: 0, stdout: 'No problems in 1 map.\n' });
    });

    it('stops at the git root when there is no configuration, and never reads node_modules or .git', () => {
        const dir = workspace({
            'repo/.git/HEAD': 'ref: refs/heads/main\n',
            'repo/shared.journey': shared,
            'repo/maps/shop.journey': journey('Shop', 'Sarah'),
            'repo/node_modules/pkg/shared.journey': shared,
            'repo/.git/old.journey': shared,
            'elsewhere.journey': shared
        });
        const result = check(['repo/maps/shop.journey'], dir);
        expect(result.stdout).toBe('No problems in 1 map.\n');
        expect(result.code).toBe(0);
    });

    it('checks paths of different workspaces each in its own workspace, with its own configuration', () => {
        const dir = workspace({
            'a/journey.config.json': '{ "checks": { "metric-without-target": "error" } }',
            'a/shared.journey': shared,
            'a/shop.journey': journey('Shop', 'Sarah').replace(' target 3 better higher', ' better higher'),
            'b/journey.config.json': '{}',
            'b/shared.journey': shared,
            'b/shop.journey': journey('Shop', 'Sarah').replace(' target 3 better higher', ' better higher')
        });
        const result = check(['a/shop.journey', 'b/shop.journey'], dir);
        // The same names in both workspaces are no duplicates; each workspace's config grades its own maps.
        expect(result.stdout.split('\n')).toEqual([
            expect.stringMatching(/^a\/shop\.journey:4:\d+ error metric-without-target/),
            expect.stringMatching(/^b\/shop\.journey:4:\d+ warning metric-without-target/),
            '1 error, 1 warning in 2 maps.',
            ''
        ]);
        expect(result.code).toBe(1);
    });

    it('renders, exports and diffs one map with the names of its workspace', () => {
        const dir = workspace({
            '.git/HEAD': 'ref: refs/heads/main\n', 'shared.journey': shared, 'maps/shop.journey': journey('Shop', 'Sarah'), 'maps/next.journey': journey('Next', 'Marco')
        });
        const render = runJourney(['render', 'maps/shop.journey'], dir);
        expect(render.stderr).toBe('');
        expect(render.stdout).toContain('Owner: Web team');
        const diff = runJourney(['diff', 'maps/shop.journey', 'maps/next.journey'], dir);
        expect(diff.stderr).toBe('');
        expect(diff.code).toBe(0);
        const exported = runJourney(['export', 'maps/shop.journey'], dir);
        expect(exported.stderr).toBe('');
        expect(exported.stdout).toContain('Sarah');
    });

    it('reports only the journeys of the files named; exports never write over a map of the workspace', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': journey('Shop', 'Sarah'), 'loyalty.journey': journey('Loyalty', 'Marco') });
        const result = runJourney(['report', 'shop.journey', '-o', 'out/', '-f', 'md', '--today', today], dir);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(['Shop.md', 'Shop.svg', 'index.md']);
        const clash = runJourney(['export', 'shop.journey', '-o', 'loyalty.journey'], dir);
        expect(clash).toMatchObject({ code: 2, stderr: 'journey: refusing to write over the map loyalty.journey: choose another output file\n' });
        expect(readFileSync(join(dir, 'loyalty.journey'), 'utf8')).toBe(journey('Loyalty', 'Marco'));
    });

    it('report --metrics leaves out, with one note, the rows for journeys of the workspace that were not named', () => {
        const dir = workspace({
            'shared.journey': shared,
            'shop.journey': journey('Shop', 'Sarah'),
            'loyalty.journey': journey('Loyalty', 'Marco', '\n  metric Retention at Buy { unit % target 50 }'),
            'data.csv': 'journey,metric,value,date\nShop,Conversion,3.5,2026-11-10\nLoyalty,Conversion,2,2026-11-10\nLoyalty,Retention,x,2026-11-10\n'
        });
        const result = runJourney(['report', 'shop.journey', '-f', 'json', '--metrics', 'data.csv', '--today', today], dir);
        expect(result.stderr).toBe('journey: note: data.csv: 2 rows for journeys that were not named (Loyalty) are left out\n');
        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout).journey.metrics[0]).toMatchObject({ name: 'Conversion', current: 3.5, status: 'met' });
    });

    it('formats only the files named', () => {
        const messy = 'journey Messy {\nstage S { touchpoint T { channel web } }\n}\n';
        const dir = workspace({ 'shared.journey': shared, 'a.journey': messy, 'b.journey': messy });
        const result = runJourney(['fmt', 'a.journey'], dir);
        expect(result.stdout).toBe('a.journey: formatted\n1 of 1 map formatted.\n');
        expect(readFileSync(join(dir, 'b.journey'), 'utf8')).toBe(messy);
    });
});
