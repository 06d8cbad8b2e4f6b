import { EmptyFileSystem } from 'langium';
import { beforeAll, describe, it } from 'vitest';
import { analyseJourney, batchModule, checkTexts, createJourneyServices, isJourney, journeyModel, type Journey } from '@journey-maps/language';
import { csvReport } from '../../packages/cli/src/reports/csv-report.js';
import { htmlReport } from '../../packages/cli/src/reports/html-report.js';
import { jsonReport } from '../../packages/cli/src/reports/json-report.js';
import { markdownReport } from '../../packages/cli/src/reports/markdown-report.js';
import type { ReportInput } from '../../packages/cli/src/reports/report-input.js';
import { syntheticWorkspace } from '../bench/synthetic-map.js';
import { expectLinear } from './growth.js';

const today = '2026-11-22';

/**
 * The synthetic map of `touchpoints` touchpoints, with a pain, an opportunity and a metric at every touchpoint
 * and a second persona's feeling at each, so that the analyses relating them (fix first, coverage, curves,
 * funnels) have n of each to relate.
 */
function denseMap(touchpoints: number): Record<string, string> {
    const { files } = syntheticWorkspace(touchpoints);
    const extras = Array.from({ length: touchpoints }, (_, t) => [
        `  pain D${t} "Dense pain ${t}" at T${t} { severity ${['trivial', 'workaround', 'abandon'][t % 3]} affects Colleen }`,
        `  opportunity E${t} "Dense opportunity ${t}" { solves D${t} impact ${['high', 'medium', 'low'][t % 3]} effort low owner Web status planned }`,
        `  metric N${t} "Dense metric ${t}" at T${t} { unit % baseline 40 current ${40 + t % 20} target 50 better higher }`
    ].join('\n')).join('\n');
    const feelings = files['synthetic.journey'].replace(/feels Sarah (-?\d) "word" \}/g, (_, score: string) => `feels Sarah ${score} "word" feels Colleen ${-Number(score)} }`);
    return { ...files, 'synthetic.journey': feelings.replace(/\n\}\n$/, `\n${extras}\n}\n`) };
}

/** The parsed and linked journey of the dense map for each size, built before timing. */
async function journeys(sizes: readonly number[]): Promise<Map<number, Journey>> {
    const result = new Map<number, Journey>();
    for (const n of sizes) {
        const { Journey } = createJourneyServices(EmptyFileSystem, batchModule);
        const checked = await checkTexts(Journey, Object.entries(denseMap(n)).map(([name, text]) => ({ uri: `file:///complexity/${n}/${name}`, text })));
        const journey = checked.flatMap(document => document.document.parseResult.value.elements).find(isJourney)!;
        result.set(n, journey);
    }
    return result;
}

describe('the model, the analyses and the reports grow linearly', () => {
    const n = 400;
    let parsed: Map<number, Journey>;
    let inputs: Map<number, ReportInput>;
    beforeAll(async () => {
        parsed = await journeys([n, 4 * n]);
        inputs = new Map([...parsed].map(([size, journey]) => {
            const model = journeyModel(journey);
            return [size, { file: 'synthetic.journey', model, analysis: analyseJourney(model, today), findings: [], bindings: [] }];
        }));
    }, 120_000);

    it('building the journey model of a map with n touchpoints, pains, opportunities and metrics', async () => {
        await expectLinear(size => parsed.get(size)!, journey => journeyModel(journey), n);
    });

    it('analysing it (curves, fix first, funnels, coverage, metrics, freshness)', async () => {
        await expectLinear(size => inputs.get(size)!.model, model => analyseJourney(model, today), n);
    });

    it('its HTML report (the diagram left out) and Markdown report', async () => {
        await expectLinear(size => inputs.get(size)!, input => [htmlReport(input, '<svg/>', today), markdownReport(input, today)], n);
    });

    it('its JSON report and CSV tables', async () => {
        await expectLinear(size => inputs.get(size)!, input => [jsonReport(input, today), csvReport(input)], n);
    });
});
