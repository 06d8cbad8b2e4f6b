import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const today = '2026-11-22';
const shared = 'persona Sarah "Sarah"\nteam Web "Web team"\n';
const map = `journey Shop "Shop" {
  reviewed 2026-11-01
  stage Buy { touchpoint Checkout "Checkout" { channel web owner Web feels Sarah -1 "anxious" } }
  metric Conversion at Checkout { unit % target 3 better higher }
}
`;

describe('journey check in a pre-commit hook', () => {
    it('checks the staged map with the names of the whole repository, and reports only on it', () => {
        const repo = workspace({ 'maps/shared.journey': shared, 'maps/legacy.journey': 'journey Legacy { stage S { touchpoint T { channel fax } } }\n' });
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, encoding: 'utf8' });
        git('init', '-q');
        git('add', '.');
        git('commit', '-q', '-m', 'Shared personas and an old map');
        writeFileSync(join(repo, 'maps/shop.journey'), map);
        git('add', 'maps/shop.journey');
        // As lint-staged runs it: the staged files as absolute paths, from the repository's root.
        const staged = () => git('diff', '--cached', '--name-only', '--diff-filter=ACM').trim().split('\n').map(file => join(repo, file));
        expect(staged()).toEqual([join(repo, 'maps/shop.journey')]);
        const clean = runJourney(['check', '--today', today, ...staged()], repo);
        expect(clean.stderr).toBe('');
        expect(clean.stdout).toBe('No problems in 1 map.\n');
        expect(clean.code).toBe(0);

        writeFileSync(join(repo, 'maps/shop.journey'), map.replace('channel web', 'channel webb'));
        git('add', 'maps/shop.journey');
        const broken = runJourney(['check', '--today', today, ...staged()], repo);
        expect(broken.stdout).toBe([
            "maps/shop.journey:3:56 error unresolved-reference Unknown channel 'webb': no file of the workspace declares it. Did you mean 'web'?",
            '1 error in 1 map.',
            ''
        ].join('\n'));
        expect(broken.code).toBe(1);
    });
});
