import { EmptyFileSystem } from 'langium';
import { beforeAll, describe, it } from 'vitest';
import { analyseJourney, batchModule, checkTexts, createJourneyServices, isJourney, journeyModel, type Journey } from '@journey-maps/language';
import {
    bindMetrics, channelHealth, channelMix, diffJourneys, emotionCurves, fixFirst, funnels, impactEffortMatrix, metricGaps, momentsOfTruth, personaCoverage, rankPains,
    unreachedTouchpoints, type JourneyModel
} from '@journey-maps/language/model';
import { csvReport } from '../../packages/cli/src/reports/csv-report.js';
import { htmlReport } from '../../packages/cli/src/reports/html-report.js';
import { jsonReport } from '../../packages/cli/src/reports/json-report.js';
import { markdownReport } from '../../packages/cli/src/reports/markdown-report.js';
import { reportSections } from '../../packages/cli/src/reports/report-sections.js';
import type { ReportInput } from '../../packages/cli/src/reports/report-input.js';
import { syntheticWorkspace } from '../bench/synthetic-map.js';
import { expectLinear } from './growth.js';

const today = '2026-11-22';

/**
 * The synthetic map of `touchpoints` touchpoints (all on one channel, one flow through them all), with a pain, an
 * opportunity and a metric at every touchpoint, a second persona's feeling and a moment of truth at each, so that
 * the analyses relating them (fix first, coverage, curves, funnels, channels, moments) have n of each to relate.
 */
function denseMap(touchpoints: number): Record<string, string> {
    const { files } = syntheticWorkspace(touchpoints);
    const extras = Array.from({ length: touchpoints }, (_, t) => [
        `  pain D${t} "Dense pain ${t}" at T${t} { severity ${['trivial', 'workaround', 'abandon'][t % 3]} affects Colleen }`,
        `  opportunity E${t} "Dense opportunity ${t}" { solves D${t} impact ${['high', 'medium', 'low'][t % 3]} effort low owner Web status planned }`,
        `  metric N${t} "Dense metric ${t}" at T${t} { unit % baseline 40 current ${40 + t % 20} target 50 better higher }`
    ].join('\n')).join('\n');
    const feelings = files['synthetic.journey'].replace(/feels Sarah (-?\d) "word" \}/g, (_, score: string) => `feels Sarah ${score} "word" feels Colleen ${-Number(score)} moment of truth { score ease ${3 + Number(score)} } }`);
    return { ...files, 'synthetic.journey': feelings.replace(/\n\}\n$/, `\n${extras}\n}\n`) };
}

/** One stage of `touchpoints` touchpoints, one flow through them, and as many pains and metrics, all placed at the stage. */
function oneStageMap(touchpoints: number): Record<string, string> {
    const lines = ['persona Sarah "Sarah"', 'journey Wide "One wide stage" {', '  personas Sarah', '  stage All "All of it" {'];
    for (let t = 0; t < touchpoints; t++) {
        lines.push(`    touchpoint T${t} "Touchpoint ${t}" { channel web feels Sarah ${(t % 5) - 2} "word" }`);
    }
    lines.push('  }', '  flow Sarah {', ...Array.from({ length: touchpoints - 1 }, (_, t) => `    T${t} -> T${t + 1} 90%`), '  }');
    for (let t = 0; t < touchpoints; t++) {
        lines.push(`  pain P${t} "Pain ${t}" at All { severity abandon affects Sarah }`, `  metric M${t} "Metric ${t}" at All { unit % baseline 40 current 45 target 50 better higher }`);
    }
    return { 'wide.journey': [...lines, '}', ''].join('\n') };
}

/** The parsed and linked journey of a map (the dense one unless told) for each size, built before timing. */
async function journeys(sizes: readonly number[], map = denseMap): Promise<Map<number, Journey>> {
    const result = new Map<number, Journey>();
    for (const n of sizes) {
        const { Journey } = createJourneyServices(EmptyFileSystem, batchModule);
        const checked = await checkTexts(Journey, Object.entries(map(n)).map(([name, text]) => ({ uri: `file:///complexity/${n}/${name}`, text })));
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

    it('its HTML report (the diagram left out) and Markdown report', async () => {
        await expectLinear(size => inputs.get(size)!, input => [htmlReport(input, '<svg/>', today), markdownReport(input, today)], n);
    });

    it('the tables every report shows', async () => {
        await expectLinear(size => inputs.get(size)!, input => reportSections(input), n);
    });

    it('comparing two versions of it (journey diff)', async () => {
        await expectLinear(size => inputs.get(size)!.model, model => diffJourneys(model, model), n);
    });

    it('its JSON report', async () => {
        await expectLinear(size => inputs.get(size)!, input => jsonReport(input, today), n);
    });

    it('its CSV tables', async () => {
        await expectLinear(size => inputs.get(size)!, input => csvReport(input), n);
    });
});

/**
 * Each analysis on its own, so that one growing faster than linearly is not hidden by the others' linear work. Left
 * out: the analyses the dense map gives nothing to do (it has no drop-offs, segments or experiments, and freshness
 * reads two dates), whose sub-millisecond times measure the processor's caches rather than the code.
 */
const analyses: readonly (readonly [string, (model: JourneyModel) => unknown])[] = [
    ['emotion curves', emotionCurves], ['pain ranking', rankPains], ['impact / effort', impactEffortMatrix], ['metric gaps', metricGaps],
    ['moments of truth', momentsOfTruth], ['unreached touchpoints', unreachedTouchpoints], ['persona coverage', personaCoverage], ['channel mix', channelMix],
    ['channel health', model => channelHealth(channelMix(model), metricGaps(model))], ['funnels', funnels], ['fix first', model => fixFirst(model, funnels(model))]
];

describe('each analysis grows linearly', () => {
    const n = 1000;
    let models: Map<number, JourneyModel>;
    beforeAll(async () => {
        models = new Map([...await journeys([n, 4 * n])].map(([size, journey]) => [size, journeyModel(journey)]));
    }, 120_000);

    it('all of them together (curves, fix first, funnels, coverage, metrics, freshness)', async () => {
        await expectLinear(size => models.get(size)!, model => analyseJourney(model, today), n);
    });

    it.each(analyses)('%s', async (_, analysis) => {
        await expectLinear(size => models.get(size)!, analysis, n);
    });

    it('binding a data file with a row for every metric', async () => {
        const rows = (model: JourneyModel) => model.metrics.map((metric, line) => ({ file: 'data.csv', line: line + 2, metric: metric.name, value: '42', date: today }));
        await expectLinear(size => ({ model: models.get(size)!, rows: rows(models.get(size)!) }), ({ model, rows }) => bindMetrics([model], rows), n);
    });
});

describe('analyses of places grow linearly when every pain and metric is at one stage of n touchpoints', () => {
    const n = 1000;
    let models: Map<number, JourneyModel>;
    beforeAll(async () => {
        models = new Map([...await journeys([n, 4 * n], oneStageMap)].map(([size, journey]) => [size, journeyModel(journey)]));
    }, 120_000);

    it('fix first (the reach and the feeling at each pain\'s place)', async () => {
        await expectLinear(size => ({ model: models.get(size)!, found: funnels(models.get(size)!) }), ({ model, found }) => fixFirst(model, found), n);
    });

    it('metric gaps (the reach at each metric\'s place)', async () => {
        await expectLinear(size => models.get(size)!, metricGaps, n);
    });
});
