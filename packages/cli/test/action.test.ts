// The repository's GitHub Action (action.yml, logic in action/run-action.mjs) end to end: a temporary git repository
// with a pull request's worth of changes, GitHub's environment simulated (workspace, event file, step summary,
// outputs), and the built CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspace } from './run-cli.js';

const root = resolve(import.meta.dirname, '../../..');
const script = resolve(import.meta.dirname, '../action/run-action.mjs');
const today = '2026-11-22';

const shared = 'persona Ana "Ana, a shopper" {\n  quote "Quick, please."\n}\nteam Web "Web team"\n';
const shop = (feels: string, extra = '') => `journey Shop "Shopping" {
  reviewed 2026-11-01 every quarter
  owner Web
  stage Browse {
    touchpoint Home "Home page" { channel web feels Ana ${feels} "curious" }${extra}
  }
  metric Conversion at Browse { unit % current 5 target 5 better higher }
}
`;
const help = 'journey Help "Getting help" {\n  reviewed 2026-11-01 every quarter\n  stage Ask {\n    touchpoint Chat { channel chat feels Ana 0 }\n  }\n  metric Solved at Ask { unit % current 95 target 90 better higher }\n}\n';

function git(cwd: string, ...args: string[]) {
    const run = spawnSync('git', ['-c', 'user.name=Map Writer', '-c', 'user.email=maps@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.trim();
}

/** A repository whose second commit changes maps/shop.journey (an emotion, and a persona nobody declared) and adds maps/help.journey. */
function pullRequest(): { repo: string; base: string } {
    const repo = workspace({ 'maps/shared.journey': shared, 'maps/shop.journey': shop('+1'), 'README.md': '# maps\n' });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'maps');
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'maps/shop.journey'), shop('-1', '\n    touchpoint Cart { channel web feels Nobody 1 }'));
    writeFileSync(join(repo, 'maps/help.journey'), help);
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'shop: worse first impression; help map');
    return { repo, base };
}

function runAction(repo: string, event: { name: string; payload: object }, inputs: Record<string, string> = {}) {
    const github = workspace({ 'event.json': JSON.stringify(event.payload), 'summary.md': '', 'output.txt': '' });
    const run = spawnSync(process.execPath, [script], {
        cwd: root, // the action runs from its own folder; the workspace comes from GITHUB_WORKSPACE
        encoding: 'utf8',
        env: {
            PATH: process.env.PATH, HOME: process.env.HOME,
            GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo, GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: join(github, 'event.json'),
            GITHUB_BASE_REF: event.name === 'pull_request' ? 'main' : '', GITHUB_STEP_SUMMARY: join(github, 'summary.md'), GITHUB_OUTPUT: join(github, 'output.txt'),
            JOURNEY_PATHS: 'maps', JOURNEY_TODAY: today, ...inputs
        }
    });
    return {
        code: run.status, stdout: run.stdout, stderr: run.stderr,
        summary: readFileSync(join(github, 'summary.md'), 'utf8'),
        outputs: Object.fromEntries(readFileSync(join(github, 'output.txt'), 'utf8').trim().split('\n').filter(Boolean).map(line => line.split(/=(.*)/s).slice(0, 2)))
    };
}

describe('the GitHub Action', () => {
    it('annotates, writes SARIF and the reports, and summarises what the pull request changed in each map', () => {
        const { repo, base } = pullRequest();
        const result = runAction(repo, { name: 'pull_request', payload: { pull_request: { number: 7, base: { ref: 'main', sha: base } } } });
        expect(result.code, result.stderr).toBe(1);

        // Annotations: the unknown persona, as a workflow command on its line and columns.
        const lines = readFileSync(join(repo, 'maps/shop.journey'), 'utf8').split('\n');
        const line = lines.findIndex(text => text.includes('Nobody'));
        const column = lines[line].indexOf('Nobody') + 1;
        expect(result.stdout.split('\n')).toContainEqual(`::error file=maps/shop.journey,line=${line + 1},col=${column},endLine=${line + 1},endColumn=${column + 6},`
            + "title=unresolved-reference::Unknown persona or segment 'Nobody': no file of the workspace declares it.");

        // SARIF for code scanning, in the workspace.
        const sarif = JSON.parse(readFileSync(join(repo, 'journey.sarif'), 'utf8'));
        const results = sarif.runs[0].results as { ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[];
        expect(results.map(r => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toContainEqual(['unresolved-reference', 'error', 'maps/shop.journey']);
        expect(results.every(r => r.locations[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%' && r.partialFingerprints['journeyFindingHash/v1'])).toBe(true);

        // The reports: one per journey and an index.
        expect(readdirSync(join(repo, 'journey-report')).sort()).toEqual(['Help.html', 'Shop.html', 'index.html']);
        expect(readFileSync(join(repo, 'journey-report', 'Shop.html'), 'utf8')).toContain('Shopping');

        // The step summary: the counts, then each changed map.
        expect(result.summary).toContain('## Journey maps\n\n1 error, 0 warnings, ');
        expect(result.summary).toContain('### Changed maps\n\n#### `maps/help.journey`\n\nA new map.\n\n#### `maps/shop.journey`\n\n##### Journey map changes: Shopping\n');
        expect(result.summary).toMatch(/\| Ana \| Home \| \+1 \| -1 \|/);
        expect(result.summary).toMatch(/Cart/);
        expect(result.outputs).toMatchObject({
            'sarif-file': 'journey.sarif', 'report-dir': 'journey-report', errors: '1', 'changed-maps': 'maps/help.journey maps/shop.journey', 'exit-code': '1'
        });
    });

    it('compares a push with the commit before it, honours the inputs, and says when the base is not checked out', () => {
        const { repo, base } = pullRequest();
        writeFileSync(join(repo, 'maps/shop.journey'), shop('-1'));
        git(repo, 'commit', '-qam', 'shop: drop the cart');
        const pushed = runAction(repo, { name: 'push', payload: { before: base } }, { JOURNEY_REPORT_FORMAT: 'md', JOURNEY_REPORT_DIR: 'out/reports', JOURNEY_SARIF_FILE: 'out/maps.sarif' });
        expect(pushed.code, pushed.stderr).toBe(0);
        expect(existsSync(join(repo, 'out/maps.sarif'))).toBe(true);
        // A Markdown report written to a file has its map beside it as an SVG.
        expect(readdirSync(join(repo, 'out/reports')).sort()).toEqual(['Help.md', 'Help.svg', 'Shop.md', 'Shop.svg', 'index.md']);
        expect(pushed.summary).toContain('0 errors, 0 warnings, 0 notes (failing on errors).');
        expect(pushed.summary).toContain('#### `maps/shop.journey`');
        expect(pushed.summary).toMatch(/\| Ana \| Home \| \+1 \| -1 \|/);

        const missing = runAction(repo, { name: 'pull_request', payload: { pull_request: { base: { sha: 'f'.repeat(40) } } } });
        expect(missing.summary).toContain(`The base revision \`${'f'.repeat(40)}\` is not in the checkout: check out with \`fetch-depth: 0\` to compare.`);

        const wrong = runAction(repo, { name: 'push', payload: {} }, { JOURNEY_FAIL_ON: 'info' });
        expect(wrong.code).toBe(2);
        expect(wrong.stdout).toContain('::error title=journey action::input fail-on must be one of error, warning');
    });

    it('is the action.yml at the repository root: a composite action passing every input to the script', () => {
        const action = readFileSync(join(root, 'action.yml'), 'utf8');
        expect(action).toContain('using: composite');
        expect(action).toContain('node "$GITHUB_ACTION_PATH/packages/cli/action/run-action.mjs"');
        const scriptText = readFileSync(script, 'utf8');
        for (const [, variable, input] of action.matchAll(/(JOURNEY_[A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}/g)) {
            expect(action).toMatch(new RegExp(`^  ${input}:$`, 'm'));
            expect(scriptText).toContain(`env.${variable}`);
        }
        expect([...action.matchAll(/JOURNEY_[A-Z_]+: \$\{\{ inputs\./g)]).toHaveLength(6);
    });
});
