import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { issueCodeList } from '../src/index.js';
import { checkFiles, codes, diagnosticsOf, located } from './check-helper.js';

const shared = `
persona Sarah "Sarah" { goal "Find activewear fast" }
persona Colleen "Colleen"
team Web "Web team"
`;

/** A map that passes every check; each case below breaks it in one way. */
const clean = `journey J "Journey" {
  reviewed 2026-10-01 every quarter
  stage A "A" {
    touchpoint T1 "One" { channel web feels Sarah 1 "curious" }
    touchpoint T2 "Two" { channel web owner Web feels Sarah -1 "anxious" moment of truth { score ease 2 } }
  }
  flow Sarah { T1 -> T2 40% T2 -> drop 60% }
  metric M "Metric" at T2 { target 60 better lower }
  pain P "Pain" at T2 { severity abandon affects Sarah }
  opportunity O "Opportunity" { solves P owner Web }
  experiment E "Experiment" { for O hypothesis "h" metric M expect -15% status running }
}
journey K "Other" {
  reviewed 2026-10-01
  stage S { touchpoint Colleens { channel store feels Colleen 0 } }
  metric KM at S { target 1 better higher }
}
`;

function edit(text: string, from: string, to: string): string {
    expect(text).toContain(from);
    return text.replace(from, to);
}

interface Case {
    code: string;
    map: string;
    shared?: string;
    /** `line:column` where the finding must start in map.journey */
    at: string;
    message?: RegExp;
}

const cases: Case[] = [
    { code: 'syntax-error', map: edit(clean, 'target 60', 'target "sixty"'), at: '8:36', message: /Expected a number after 'target' but found '"sixty"'/ },
    { code: 'unresolved-reference', map: edit(clean, 'channel web owner', 'channel webb owner'), at: '5:35', message: /Unknown channel 'webb'.*Did you mean 'web'\?/ },
    { code: 'unresolved-reference', map: edit(clean, 'solves P', 'solves Q'), at: '10:40', message: /journey 'J' has no pain point of that name/ },
    { code: 'duplicate-name', map: edit(clean, 'touchpoint T2', 'touchpoint T1'), at: '5:16', message: /The name 'T1' is already used by touchpoint 'T1' on line 4/ },
    { code: 'duplicate-name', map: edit(clean, 'metric M "Metric"', 'metric A "Metric"'), at: '8:10', message: /already used by stage 'A'/ },
    { code: 'duplicate-name', map: clean + 'team Web "Again"\n', at: '18:6', message: /Team 'Web' is declared more than once \(also at shared.journey:4\)/ },
    { code: 'duplicate-name', map: clean + 'channel email "Mail"\n', at: '18:9', message: /Channel 'email' is built in/ },
    { code: 'duplicate-property', map: edit(clean, 'reviewed 2026-10-01 every quarter', 'reviewed 2026-10-01 every quarter reviewed 2026-11-01'), at: '2:37', message: /'reviewed' is given more than once for journey 'J'/ },
    { code: 'duplicate-property', map: edit(clean, 'channel web feels Sarah 1', 'channel web indirect direct feels Sarah 1'), at: '4:48', message: /only one direct or indirect/ },
    { code: 'duplicate-property', map: edit(clean, 'feels Sarah 1 "curious"', 'feels Sarah 1 "curious" feels Sarah 2'), at: '4:63', message: /How Sarah feels at touchpoint 'T1' is given more than once/ },
    { code: 'duplicate-property', map: edit(clean, 'score ease 2 }', 'score ease 2 ease 3 }'), at: '5:105', message: /'ease' is given more than once/ },
    { code: 'duplicate-property', map: edit(clean, 'score ease 2 } }', 'score ease 2 } moment of truth } }'), at: '5:107', message: /more than one moment of truth/ },
    { code: 'invalid-date', map: edit(clean, 'reviewed 2026-10-01 every quarter', 'reviewed 2026-02-29 every quarter'), at: '2:12', message: /'2026-02-29' is not a calendar date/ },
    { code: 'invalid-cadence', map: edit(clean, 'every quarter', 'every 0 quarters'), at: '2:29' },
    { code: 'invalid-cadence', map: edit(clean, 'every quarter', 'every 99999999 weeks'), at: '2:29', message: /at most 520 weeks \(ten years\): '99999999' is more/ },
    { code: 'scale-too-wide', map: edit(clean, '  reviewed 2026-10-01 every quarter', '  scale -1000000 .. 1000000 reviewed 2026-10-01 every quarter'), at: '2:9', message: /-1000000 \.\. 1000000 is wider/ },
    { code: 'number-out-of-range', map: edit(clean, 'target 60', `target 1${'0'.repeat(400)}`), at: '8:36', message: /'1000000000.{0,20}' is too large a number/ },
    { code: 'text-too-long', map: edit(clean, '"curious"', `"${'a'.repeat(10_001)}"`), at: '4:53', message: /A text of 10,001 characters: texts in a map are at most 10,000 characters long/ },
    { code: 'invalid-scale', map: edit(clean, '  reviewed 2026-10-01 every quarter', '  scale 2 .. -2 reviewed 2026-10-01 every quarter'), at: '2:9' },
    { code: 'emotion-off-scale', map: edit(clean, 'feels Sarah 1', 'feels Sarah 3'), at: '4:51', message: /Sarah feels \+3, outside this journey's emotion scale -2 \.\. 2/ },
    { code: 'emotion-off-scale', map: edit(clean, '  reviewed 2026-10-01 every quarter', '  scale 1 .. 5 reviewed 2026-10-01 every quarter'), at: '5:61', message: /feels -1, outside this journey's emotion scale 1 \.\. 5/ },
    { code: 'score-out-of-range', map: edit(clean, 'score ease 2', 'score ease 6'), at: '5:103' },
    { code: 'share-out-of-range', map: edit(clean, 'drop 60%', 'drop 160%'), at: '7:40' },
    { code: 'flow-shares-exceed-total', map: edit(clean, 'T2 -> drop 60%', 'T2 -> drop 60% T2 -> T1 50%'), at: '7:53', message: /add up to 110%/ },
    { code: 'flow-outside-journey', map: edit(clean, 'T2 -> drop 60%', 'T2 -> Colleens'), at: '7:35', message: /belongs to another journey \('K' in map.journey\)/ },
    { code: 'unreached-touchpoint', map: edit(clean, '    touchpoint T2', '    touchpoint T3 { channel web }\n    touchpoint T2'), at: '5:16', message: /No flow of journey 'J' passes through touchpoint 'T3'/ },
    { code: 'stage-without-touchpoint', map: edit(clean, '  flow Sarah', '  stage Empty "Nothing yet"\n  flow Sarah'), at: '7:9' },
    { code: 'touchpoint-without-channel', map: edit(clean, 'touchpoint T1 "One" { channel web', 'touchpoint T1 "One" {'), at: '4:16' },
    { code: 'pain-without-opportunity', map: edit(clean, 'solves P owner', 'owner'), at: '9:8', message: /Pain point 'P' is not addressed by any opportunity/ },
    { code: 'opportunity-without-owner', map: edit(clean, 'solves P owner Web', 'solves P'), at: '10:15' },
    { code: 'moment-without-metric', map: edit(clean, 'metric M "Metric" at T2', 'metric M "Metric" at A'), at: '5:74' },
    { code: 'stage-without-metric', map: edit(clean, 'metric KM at S { target 1 better higher }', ''), at: '15:9' },
    { code: 'metric-without-target', map: edit(clean, 'target 60 better lower', 'better lower'), at: '8:10' },
    { code: 'metric-without-direction', map: edit(clean, 'target 60 better lower', 'target 60'), at: '8:10', message: /Metric 'M' does not say whether higher or lower is better, and it has no baseline or current value to tell from; add better higher or better lower/ },
    { code: 'metric-without-direction', map: edit(clean, 'target 60 better lower', 'baseline 60 target 60'), at: '8:10', message: /its baseline equals its target/ },
    { code: 'metric-without-direction', map: edit(clean, 'target 60 better lower', 'current 80 target 60'), at: '8:10', message: /it is judged lower is better, as its target is below its current value\. Add better lower to confirm \(or better higher\)/ },
    { code: 'experiment-incomplete', map: edit(clean, 'hypothesis "h" metric M expect -15%', 'metric M'), at: '11:14', message: /is running without a hypothesis and a success threshold/ },
    { code: 'experiment-verdict-mismatch', map: edit(clean, 'expect -15% status running', 'expect -15% observed -5% status won'), at: '11:93', message: /Experiment 'E' is marked won, but what it observed \(-5%\) misses its threshold \(expect -15%\); mark it lost/ },
    { code: 'experiment-verdict-mismatch', map: edit(clean, 'expect -15% status running', 'expect -15% observed -20% status lost'), at: '', message: /is marked lost, but what it observed \(-20%\) reaches its threshold/ },
    { code: 'unused-persona', map: clean, shared: shared + 'persona Ghost "Nobody"\n', at: '', message: /Persona 'Ghost' is declared but no journey uses it/ },
    { code: 'too-many-personas', map: edit(clean, 'reviewed 2026-10-01 every quarter', 'personas Sarah, Colleen, Ann, Bob reviewed 2026-10-01 every quarter'), shared: shared + 'persona Ann persona Bob\n', at: '1:9', message: /covers 4 personas \(Sarah, Colleen, Ann, Bob\)/ },
    { code: 'stale-map', map: edit(clean, 'reviewed 2026-10-01 every quarter', 'reviewed 2026-01-31 every month'), at: '2:12', message: /due for review again on 2026-02-28 \(every month\), 267 days ago/ },
    { code: 'review-in-future', map: edit(clean, 'reviewed 2026-10-01 every quarter', 'reviewed 2027-01-15 every quarter'), at: '2:12', message: /says it was last reviewed on 2027-01-15, which is after today \(2026-11-22\)/ },
    { code: 'percent-out-of-range', map: edit(clean, 'target 60 better lower', 'unit % current 170 target 60 better lower'), at: '8:44', message: /Metric 'M' is in %, but its current value is 170; a share lies between 0 and 100/ },
    { code: 'review-missing', map: edit(clean, '  reviewed 2026-10-01 every quarter\n', ''), at: '1:9' }
];

describe('validation', () => {
    it('finds nothing wrong with the clean map', async () => {
        const checked = await checkFiles({ 'map.journey': clean, 'shared.journey': shared });
        expect(checked.flatMap(c => located(c.diagnostics))).toEqual([]);
    });

    it.each(cases)('$code fires at $at', async ({ code, map, shared: sharedText, at, message }) => {
        const checked = await checkFiles({ 'map.journey': map, 'shared.journey': sharedText ?? shared });
        const all = checked.flatMap(c => c.diagnostics.map(d => ({ file: c.uri, d })));
        const matching = all.filter(({ d }) => d.code === code);
        expect(matching.length, `no ${code} among ${all.map(({ d }) => `${String(d.code)}: ${d.message}`).join(' | ')}`).toBeGreaterThan(0);
        if (at) {
            expect(located(matching.filter(m => m.file.endsWith('map.journey')).map(m => m.d))).toContain(`${at} ${code}`);
        }
        if (message) {
            expect(matching.map(m => m.d.message).join('\n')).toMatch(message);
        }
    });

    it('has a firing case for every issue code', () => {
        // unreadable-file is reported by the CLI for a file it cannot read, before there is any text to validate;
        // checks-stopped when the checks themselves fail (checks-stopped.test.ts makes them fail).
        expect(new Set(cases.map(c => c.code))).toEqual(new Set(issueCodeList.filter(code => code !== 'unreadable-file' && code !== 'checks-stopped')));
    });

    it('reports a number out of bounds once, as absent, where the user wrote it', async () => {
        const huge = `9${'9'.repeat(399)}`;
        const map = edit(edit(edit(clean, 'feels Sarah 1 "curious"', `feels Sarah ${huge} "curious"`), 'drop 60%', `drop ${huge}%`), 'score ease 2', `score ease -${huge}`);
        const diagnostics = await diagnosticsOf(map, { 'shared.journey': shared });
        expect(located(diagnostics)).toEqual(['4:51 number-out-of-range', '5:103 number-out-of-range', '7:40 number-out-of-range']);
        expect(diagnostics[1].message).toMatch(/^'-9{16}\.\.\.' is too large a number/);
    });

    it('reports a review cadence of centuries as invalid, and judges freshness by the default cadence', async () => {
        const map = edit(clean, 'reviewed 2026-10-01 every quarter', 'reviewed 2026-01-01 every 99999999 weeks');
        expect(located(await diagnosticsOf(map, { 'shared.journey': shared }))).toEqual(['2:12 stale-map', '2:29 invalid-cadence']);
        const years = edit(clean, 'reviewed 2026-10-01 every quarter', 'reviewed 2026-10-01 every 11 years');
        expect(codes(await diagnosticsOf(years, { 'shared.journey': shared }))).toEqual(['invalid-cadence']);
        const tenYears = edit(clean, 'reviewed 2026-10-01 every quarter', 'reviewed 2026-10-01 every 10 years');
        expect(codes(await diagnosticsOf(tenYears, { 'shared.journey': shared }))).toEqual([]);
    });

    it('accepts a scale of up to 100 steps within -1000 .. 1000', async () => {
        const wide = edit(edit(clean, '  reviewed 2026-10-01 every quarter', '  scale 900 .. 1000 reviewed 2026-10-01 every quarter'), 'feels Sarah -1', 'feels Sarah 950');
        expect(codes(await diagnosticsOf(edit(wide, 'feels Sarah 1 ', 'feels Sarah 1000 '), { 'shared.journey': shared }))).toEqual([]);
        const far = edit(clean, '  reviewed 2026-10-01 every quarter', '  scale 1000 .. 1001 reviewed 2026-10-01 every quarter');
        expect(codes(await diagnosticsOf(far, { 'shared.journey': shared }))).toContain('scale-too-wide');
    });

    it('accepts a won experiment that reached its threshold', async () => {
        const map = edit(clean, 'expect -15% status running', 'expect -15% observed -18% status won result "-18% abandonment"');
        expect(codes(await diagnosticsOf(map, { 'shared.journey': shared }))).toEqual([]);
    });

    it('does not ask a planned experiment to be complete yet', async () => {
        const map = edit(clean, 'hypothesis "h" metric M expect -15% status running', 'status planned');
        expect(codes(await diagnosticsOf(map, { 'shared.journey': shared }))).toEqual([]);
    });

    it('does not call a map stale within its cadence', async () => {
        const map = edit(clean, 'reviewed 2026-10-01 every quarter', 'reviewed 2025-12-01 every year');
        expect(codes(await diagnosticsOf(map, { 'shared.journey': shared }))).toEqual([]);
        expect(codes(await diagnosticsOf(map, { 'shared.journey': shared }, { today: '2026-12-02' }))).toEqual(['stale-map']);
    });

    it('does not look for unreached touchpoints in a journey without flows', async () => {
        const map = edit(clean, '  flow Sarah { T1 -> T2 40% T2 -> drop 60% }\n', '');
        expect(codes(await diagnosticsOf(map, { 'shared.journey': shared }))).toEqual([]);
    });

    it('asks no channel or flow of backstage touchpoints', async () => {
        const map = edit(clean, '    touchpoint T2', '    touchpoint Routing "Triage routes the chat" { backstage }\n    touchpoint T2');
        expect(codes(await diagnosticsOf(map, { 'shared.journey': shared }))).toEqual([]);
        const frontstage = edit(clean, '    touchpoint T2', '    touchpoint Routing "Triage routes the chat" { frontstage }\n    touchpoint T2');
        expect(codes(await diagnosticsOf(frontstage, { 'shared.journey': shared }))).toEqual(['unreached-touchpoint', 'touchpoint-without-channel']);
    });

    it('infers which direction is better from a baseline that differs from the target', async () => {
        const map = edit(clean, 'target 60 better lower', 'baseline 70 target 60');
        expect(codes(await diagnosticsOf(map, { 'shared.journey': shared }))).toEqual([]);
    });

    it('counts metrics on sub-stages and their touchpoints for the stage', async () => {
        const map = `journey N { reviewed 2026-10-01
          stage Delivery { stage Waiting { touchpoint Email { channel email } } }
          metric Opens at Email { target 40 better higher }
        }`;
        expect(codes(await diagnosticsOf(map))).toEqual([]);
    });

    it('uses error severity for errors and warning for warnings by default', async () => {
        const map = edit(edit(clean, 'score ease 2', 'score ease 6'), 'solves P owner Web', 'solves P');
        const diagnostics = await diagnosticsOf(map, { 'shared.journey': shared });
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual(expect.arrayContaining([
            ['score-out-of-range', DiagnosticSeverity.Error],
            ['opportunity-without-owner', DiagnosticSeverity.Warning]
        ]));
    });
});
