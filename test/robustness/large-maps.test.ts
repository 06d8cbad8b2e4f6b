// Maps far larger than a team writes by hand, through the built CLI: each command ends with its output and its exit
// code, not with a stack overflow. A flow through 20,000 touchpoints is deeper than the call stack allows a
// recursive walk (the funnel analysis used one, and `journey report` died at about 10,000).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
