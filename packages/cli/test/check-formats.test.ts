import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { accessSync, chmodSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { issueCodeList } from '@journey-maps/language';
import { runJourney, workspace } from './run-cli.js';

const packages = createRequire(import.meta.url);
// The SARIF 2.1.0 schema as published with the OASIS standard, shipped inside @microsoft/jest-sarif: nothing is fetched.
// Its language-tag pattern is not a valid Unicode regular expression, hence `unicodeRegExp: false` below.
const sarifSchema = JSON.parse(readFileSync(packages.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

// One error (an unresolved persona), one warning with a % in its message (shares over 100%), two infos (no review date, no metric).
const files = {
    'shared.journey': 'persona Ana "Ana"\n',
    'maps/a,b.journey': `journey Shop {
  stage Buy {
    touchpoint Cart { channel web feels Nobody 1 }
    touchpoint Pay { channel web }
  }
  flow Ana {
    Cart -> Pay 80%
    Cart -> drop 40%
  }
}
`,
    'maps/clean.journey': 'journey Clean {\n  reviewed 2026-11-01\n  stage S { touchpoint T { channel web feels Ana 1 } }\n  metric M at S { target 1 current 1 better higher }\n}\n'
};
const today = '2026-11-22';

/**
 * Microsoft's SARIF multitool (the self-contained .NET build inside its npm package for this platform), run with
 * the SARIF rules and GitHub's ingestion rules: its findings on `file`, one line each, errors and warnings only.
 */
function sarifMultitool(file: string): { code: number | null; findings: string[]; output: string } {
    const binary = packages('@microsoft/sarif-multitool') as string;
    try {
        accessSync(binary, constants.X_OK);
    } catch {
        chmodSync(binary, 0o755); // its postinstall sets the mode; an install without scripts leaves it off
    }
    const run = spawnSync(binary, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', file], {
        encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' }
    });
    const output = `${run.stdout}${run.stderr}`;
    return { code: run.status, findings: output.split('\n').filter(line => /: (error|warning) /.test(line)), output };
}

interface SarifResult {
    ruleId: string;
    partialFingerprints: Record<string, string>;
    locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }[];
}

describe('journey check --format sarif|github|junit', () => {
    it('writes SARIF 2.1.0 that the published schema accepts, with one rule per check code', () => {
        const dir = workspace(files);
        const result = runJourney(['check', '--format', 'sarif', '--today', today], dir);
        expect(result.code).toBe(1);
        const log = JSON.parse(result.stdout);
        const validate = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);
        expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
        const run = log.runs[0];
        expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(issueCodeList);
        expect(run.tool.driver).toMatchObject({
            name: 'journey', informationUri: 'https://github.com/journey-maps/journey-maps', version: '0.1.0', semanticVersion: '0.1.0'
        });
        expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'stale-map')).toMatchObject({
            shortDescription: { text: "The journey's last review is older than its review cadence." },
            fullDescription: { text: "The journey's last review is older than its review cadence. Default severity warning; a project can change it or turn it off in journey.config.json." },
            help: { markdown: expect.stringContaining('(https://github.com/journey-maps/journey-maps#check-stale-map)') },
            helpUri: 'https://github.com/journey-maps/journey-maps#check-stale-map',
            defaultConfiguration: { level: 'warning' }
        });
        const results = run.results.map((r: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }) =>
            `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}:${r.locations[0].physicalLocation.region.startColumn} ${r.level} ${r.ruleId} ${issueCodeList[r.ruleIndex]}`);
        expect(results).toEqual([
            'maps/a,b.journey:1:9 note review-missing review-missing',
            'maps/a,b.journey:2:9 note stage-without-metric stage-without-metric',
            'maps/a,b.journey:3:41 error unresolved-reference unresolved-reference',
            'maps/a,b.journey:8:18 warning flow-shares-exceed-total flow-shares-exceed-total'
        ]);
    });

    it('writes SARIF that Microsoft\'s SARIF multitool accepts under GitHub\'s rules: no error, no warning', () => {
        const dir = workspace({ ...files, 'maps/with space.journey': files['maps/a,b.journey'].replace('Shop', 'Spaced') });
        const result = runJourney(['check', '--format', 'sarif', '--today', today], dir);
        const file = join(dir, 'journey.sarif');
        writeFileSync(file, result.stdout);
        const validation = sarifMultitool(file);
        expect(validation.output).toContain('Analysis completed successfully');
        expect(validation.findings).toEqual([]);
        expect(validation.code).toBe(0);
        const uris = (JSON.parse(result.stdout).runs[0].results as SarifResult[]).map(r => r.locations[0].physicalLocation.artifactLocation);
        expect(uris).toContainEqual({ uri: 'maps/with%20space.journey', uriBaseId: '%SRCROOT%' });
    });

    it('fingerprints results by check, file and the flagged line\'s text: lines moving keep them, a changed line does not', () => {
        const fingerprints = (map: string) => {
            const dir = workspace({ 'shared.journey': files['shared.journey'], 'maps/a,b.journey': map });
            const log = JSON.parse(runJourney(['check', '--format', 'sarif', '--today', today], dir).stdout);
            return new Map((log.runs[0].results as SarifResult[]).map(r => [
                `${r.ruleId} ${r.locations[0].physicalLocation.region.startLine}`, r.partialFingerprints['journeyFindingHash/v1']
            ]));
        };
        const before = fingerprints(files['maps/a,b.journey']);
        // Two lines added above, and the flagged touchpoint indented differently: same fingerprints, later lines.
        const moved = fingerprints(files['maps/a,b.journey']
            .replace('journey Shop {\n', 'journey Shop {\n  // checkout\n  // (web)\n')
            .replace('    touchpoint Cart', '      touchpoint Cart'));
        expect([...before.values()].every(value => /^[0-9a-f]{32}:1$/.test(value!))).toBe(true);
        expect(moved.get('unresolved-reference 5')).toBe(before.get('unresolved-reference 3'));
        expect(moved.get('flow-shares-exceed-total 10')).toBe(before.get('flow-shares-exceed-total 8'));
        const changed = fingerprints(files['maps/a,b.journey'].replace('feels Nobody 1', 'feels Nobody 2'));
        expect(changed.get('unresolved-reference 3')).toBeDefined();
        expect(changed.get('unresolved-reference 3')).not.toBe(before.get('unresolved-reference 3'));
        // The same finding twice on identical lines: told apart by occurrence.
        const twice = fingerprints(files['maps/a,b.journey'].replace('    touchpoint Pay { channel web }', '    touchpoint Cart { channel web feels Nobody 1 }'));
        expect(twice.get('unresolved-reference 4')).toBe(twice.get('unresolved-reference 3')!.replace(/:1$/, ':2'));
    });

    it('writes GitHub Actions annotations, escaped by GitHub\'s rules', () => {
        const dir = workspace(files);
        const result = runJourney(['check', '--format', 'github', '--today', today], dir);
        expect(result.code).toBe(1);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(4);
        // The comma in the file name is encoded in the property; the % in the message is encoded too.
        expect(lines[3]).toBe("::warning file=maps/a%2Cb.journey,line=8,col=18,endLine=8,endColumn=20,title=flow-shares-exceed-total::The shares leaving 'Cart' in this flow add up to 120%25, more than everyone who got there.");
        expect(lines[0]).toMatch(/^::notice file=maps\/a%2Cb\.journey,line=1,col=9,.*title=review-missing::/);
        expect(lines[2]).toMatch(/^::error file=.*title=unresolved-reference::/);
    });

    it('writes JUnit XML: a suite per map, failures for errors and warnings, a passing case for a clean map', () => {
        const dir = workspace(files);
        const result = runJourney(['check', '--format', 'junit', '--today', today], dir);
        expect(result.code).toBe(1);
        expect(XMLValidator.validate(result.stdout)).toBe(true);
        const xml = new XMLParser({ ignoreAttributes: false, isArray: name => name === 'testsuite' || name === 'testcase' }).parse(result.stdout);
        const suites = xml.testsuites.testsuite as { '@_name': string; '@_tests': string; '@_failures': string; testcase: { '@_name': string; failure?: unknown; 'system-out'?: string }[] }[];
        expect(suites.map(suite => [suite['@_name'], suite['@_tests'], suite['@_failures']])).toEqual([
            ['maps/a,b.journey', '4', '2'], ['maps/clean.journey', '1', '0'], ['shared.journey', '1', '0']
        ]);
        expect(suites[0].testcase.map(testCase => [testCase['@_name'], testCase.failure !== undefined])).toEqual([
            ['1:9 review-missing', false], ['2:9 stage-without-metric', false], ['3:41 unresolved-reference', true], ['8:18 flow-shares-exceed-total', true]
        ]);
        expect(suites[0].testcase[0]['system-out']).toContain('info: Journey');
    });

    it('fails on warnings with --fail-on warning in every format, and passes clean maps', () => {
        const dir = workspace({ 'shared.journey': files['shared.journey'], 'clean.journey': files['maps/clean.journey'] });
        for (const format of ['sarif', 'github', 'junit']) {
            expect(runJourney(['check', '--format', format, '--today', today], dir).code).toBe(0);
        }
        expect(runJourney(['check', '--format', 'github', '--today', '2027-06-01', '--fail-on', 'warning'], dir)).toMatchObject({ code: 1 });
        expect(runJourney(['check', '--format', 'xml'], dir).code).toBe(2);
    });
});
