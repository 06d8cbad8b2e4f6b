// Maps far larger than a team writes by hand: each command ends with its output and its exit code, not with a stack
// overflow. A flow through 20,000 touchpoints is deeper than the call stack allows a recursive walk (the funnel
// analysis used one, and `journey report` died at about 10,000); a call takes at most about 120,000 arguments, so
// spreading a list that long throws (a sub-stage of 130,000 touchpoints did, and so did that many findings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { batchModule, checkTexts, createJourneyServices } from '@journey-maps/language';
import { runJourney, workspace } from '../../packages/cli/test/run-cli.js';
import { syntheticWorkspace } from '../bench/synthetic-map.js';

const touchpoints = 20_000;
const today = '2026-11-22';

describe(`a map of ${touchpoints.toLocaleString('en')} touchpoints with one flow through them all`, () => {
    const folder = workspace(syntheticWorkspace(touchpoints).files);

    it('gets its report, with the funnel and the emotion curve along the whole flow', () => {
        const result = runJourney(['report', 'synthetic.journey', '--format', 'json', '--today', today, '-o', 'report.json'], folder);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const { analysis } = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'));
        const [funnel] = analysis.funnels;
        expect(funnel.steps).toHaveLength(touchpoints);
        expect(funnel.steps.slice(0, 3)).toEqual([{ touchpoint: 'T0', reached: 100 }, { touchpoint: 'T1', reached: 90 }, { touchpoint: 'T2', reached: 81 }]);
        expect(funnel.steps.at(-1).touchpoint).toBe(`T${touchpoints - 1}`);
        const [curve] = analysis.emotionCurves;
        expect(curve).toMatchObject({ persona: 'Sarah', order: 'flow' });
        expect(curve.points).toHaveLength(touchpoints);
    }, 120_000);

    it('exports to a Mermaid journey, in the order of the flow', () => {
        const result = runJourney(['export', 'synthetic.journey', '-o', 'synthetic.mmd'], folder);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const tasks = readFileSync(join(folder, 'synthetic.mmd'), 'utf8').split('\n').filter(line => /^ {6}Touchpoint \d+:/.test(line));
        expect(tasks).toHaveLength(touchpoints);
        expect(tasks.at(-1)).toBe(`      Touchpoint ${touchpoints - 1}: 5: Sarah`);
    }, 120_000);

    it('compares with itself: no changes', () => {
        const result = runJourney(['diff', 'synthetic.journey', 'synthetic.journey'], folder);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('No changes.');
    }, 120_000);
});

describe('a map of 130,000 touchpoints in a sub-stage, none with a channel', () => {
    it('gets a warning for each, and nothing else', async () => {
        const count = 130_000;
        const touchpoints = Array.from({ length: count }, (_, t) => `      touchpoint T${t} "Touchpoint ${t}"`).join('\n');
        const text = `journey Huge {\n  reviewed 2026-11-01\n  stage Outer {\n    stage Inner {\n${touchpoints}\n    }\n  }\n}\n`;
        const { Journey } = createJourneyServices(EmptyFileSystem, batchModule);
        const [checked] = await checkTexts(Journey, [{ uri: 'file:///huge/huge.journey', text }]);
        const byCode = new Map<string, number>();
        for (const diagnostic of checked.diagnostics) {
            byCode.set(String(diagnostic.code), (byCode.get(String(diagnostic.code)) ?? 0) + 1);
        }
        expect(Object.fromEntries(byCode)).toEqual({ 'touchpoint-without-channel': count, 'stage-without-metric': 1 });
    }, 120_000);
});
