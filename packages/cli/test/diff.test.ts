import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const shared = 'persona Sarah "Sarah"\nteam Web "Web"\n';
const current = `journey Shop "Shop" {
  kind current-state
  stage Buy { touchpoint Checkout "Checkout <page>" { channel web feels Sarah -1 } }
  metric Conversion "Conversion" at Checkout { unit % current 2 target 3 better higher }
  pain LongForm "Long form" at Checkout { severity abandon }
}
`;
const future = `journey ShopFuture "Shop, future" {
  kind future-state
  stage Buy { touchpoint Checkout "Checkout <page>" { channel web feels Sarah 1 } touchpoint Wallet "Pays with a wallet" { channel app feels Sarah 2 } }
  metric Conversion "Conversion" at Checkout { unit % current 3.2 target 3 better higher }
}
`;

describe('journey diff', () => {
    it('compares a current-state and a future-state map of one journey', () => {
        const dir = workspace({ 'shared.journey': shared, 'current.journey': current, 'future.journey': future });
        const result = runJourney(['diff', 'current.journey', 'future.journey'], dir);
        expect(result.stdout).toBe([
            "Journey 'Shop' -> 'Shop, future'",
            '',
            'Touchpoints',
            '  + Wallet "Pays with a wallet" in Buy',
            '',
            'Emotions',
            '  ~ Sarah at Checkout: -1 -> +1',
            '  ~ Sarah at Wallet: none -> +2',
            '',
            'Metrics',
            '  ~ Conversion "Conversion": current 2 -> 3.2, status off-target -> met',
            '',
            'Pain points',
            '  - closed: LongForm "Long form": severity abandon, at Checkout',
            ''
        ].join('\n'));
        expect(result.code).toBe(0);
    });

    it('writes Markdown for a pull request, JSON, and an SVG of both emotion curves', () => {
        const dir = workspace({ 'shared.journey': shared, 'current.journey': current, 'future.journey': future });
        const md = runJourney(['diff', 'current.journey', 'future.journey', '--format', 'md'], dir).stdout;
        expect(md).toContain('### Journey map changes: Shop → Shop, future');
        expect(md).toContain('| added | Pays with a wallet (`Wallet`) | in Buy |');
        expect(md).toContain('| Sarah | Checkout | -1 | +1 |');
        const json = JSON.parse(runJourney(['diff', 'current.journey', 'future.journey', '--format', 'json'], dir).stdout);
        expect(json.schemaVersion).toBe(1);
        expect(json.pains).toEqual([{ change: 'removed', name: 'LongForm', title: 'Long form', fields: [{ field: 'severity', before: 'abandon' }, { field: 'at', before: 'Checkout' }] }]);
        const svgRun = runJourney(['diff', 'current.journey', 'future.journey', '--svg', 'curves.svg'], dir);
        expect(svgRun.code).toBe(0);
        const svg = readFileSync(join(dir, 'curves.svg'), 'utf8');
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).toContain('Checkout &lt;page&gt;');
        expect(svg.match(/<polyline [^>]*data-persona="Sarah"[^>]*data-version="(before|after)"/g)).toHaveLength(2);
    });

    it('compares a map with its version at a git revision', () => {
        const dir = workspace({ 'shared.journey': shared, 'shop.journey': current });
        const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
        git('init', '-q');
        git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
        git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'first');
        writeFileSync(join(dir, 'shop.journey'), current.replace('feels Sarah -1', 'feels Sarah -2'));
        const result = runJourney(['diff', '--git', 'HEAD', 'shop.journey'], dir);
        expect(result.stdout).toBe("Journey 'Shop'\n\nEmotions\n  ~ Sarah at Checkout: -1 -> -2\n");
        expect(result.code).toBe(0);
        const unknown = runJourney(['diff', '--git', 'no-such-revision', 'shop.journey'], dir);
        expect(unknown.stderr).toMatch(/^journey: cannot read shop\.journey at no-such-revision: fatal: .*\n$/);
        expect(unknown.code).toBe(2);
    });

    it('says how to call it when the arguments do not fit', () => {
        const dir = workspace({ 'a.journey': current });
        expect(runJourney(['diff', 'a.journey'], dir).stderr).toBe('journey: give two maps to compare, or one map and --git <revision>\n');
        const both = runJourney(['diff', 'a.journey', 'a.journey', '--git', 'HEAD'], dir);
        expect(both.stderr).toBe('journey: with --git, give one map: it is compared with its version at the revision\n');
        expect(both.code).toBe(2);
    });
});
