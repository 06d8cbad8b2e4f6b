import { beforeAll, describe, expect, it } from 'vitest';
import { analyseJourney, bindMetrics, type JourneyModel, type MetricRow } from '../src/index.js';
import { modelsOf } from './analysis/model-of.js';

const maps = `journey Shop {
  stage Buy { touchpoint Cart { channel web } }
  metric CartAbandonment at Cart { unit % baseline 70 target 60 better lower current 68 measured 2026-09-01 }
  metric Conversion at Buy { target 3 }
}
journey App {
  stage Use { touchpoint Home { channel web } }
  metric Conversion at Use { target 5 baseline 4 }
}
`;

const row = (metric: string, value: string, date: string, line: number, journey?: string): MetricRow =>
    ({ file: 'data.csv', line, metric, value, date, journey });

describe('binding metrics to data', () => {
    let models: JourneyModel[];
    beforeAll(async () => { models = [...(await modelsOf({ 'maps.journey': maps })).values()]; });
    const metric = (bound: readonly JourneyModel[], journey: string, name: string) =>
        bound.find(model => model.name === journey)!.metrics.find(m => m.name === name)!;

    it('takes the latest date per metric, in any row order, and judges the metric on it', () => {
        const { models: bound, bindings, problems } = bindMetrics(models, [
            row('CartAbandonment', '58.5', '2026-10-05', 2, 'Shop'),
            row('CartAbandonment', '66', '2026-10-12', 3, 'Shop'),
            row('CartAbandonment', '61', '2026-09-28', 4, 'Shop')
        ]);
        expect(problems).toEqual([]);
        expect(bindings).toEqual([{ journey: 'Shop', metric: 'CartAbandonment', value: 66, date: '2026-10-12', file: 'data.csv', line: 3 }]);
        expect(metric(bound, 'Shop', 'CartAbandonment')).toMatchObject({ current: 66, measured: '2026-10-12', status: 'off-target', baseline: 70 });
        expect(analyseJourney(bound[0], '2026-11-01').metrics.find(m => m.name === 'CartAbandonment')).toMatchObject({ value: 66, gap: 6 });
        // The models given are left as they were.
        expect(metric(models, 'Shop', 'CartAbandonment')).toMatchObject({ current: 68, measured: '2026-09-01' });
    });

    it('lets the last of several rows on the same date win, and turns a met target into a miss or back', () => {
        const { models: bound, bindings } = bindMetrics(models, [
            row('CartAbandonment', '59', '2026-10-12', 2, 'Shop'),
            row('CartAbandonment', '55', '2026-10-12', 3, 'Shop')
        ]);
        expect(bindings.map(b => b.line)).toEqual([3]);
        expect(metric(bound, 'Shop', 'CartAbandonment')).toMatchObject({ current: 55, status: 'met' });
    });

    it('needs the journey column only when a metric name is in several journeys', () => {
        const ambiguous = bindMetrics(models, [row('Conversion', '3.5', '2026-10-01', 5)]);
        expect(ambiguous.problems).toEqual([{ file: 'data.csv', line: 5,
            message: 'journeys Shop, App each have a metric Conversion: add a journey column to say which' }]);
        expect(ambiguous.bindings).toEqual([]);
        const { models: bound, bindings } = bindMetrics(models, [row('Conversion', '3.5', '2026-10-01', 5, 'App'), row('CartAbandonment', '50', '2026-10-01', 6)]);
        expect(bindings.map(b => [b.journey, b.metric])).toEqual([['App', 'Conversion'], ['Shop', 'CartAbandonment']]);
        expect(metric(bound, 'App', 'Conversion')).toMatchObject({ current: 3.5, status: 'off-target' });
        expect(metric(bound, 'Shop', 'Conversion')).toMatchObject({ status: 'no-data' });
        expect(metric(bound, 'Shop', 'Conversion').current).toBeUndefined();
    });

    it('names an unknown metric or journey with the closest name', () => {
        const { problems } = bindMetrics(models, [
            row('CartAbandonmnet', '50', '2026-10-01', 2),
            row('Revenue', '50', '2026-10-01', 3),
            row('Convresion', '50', '2026-10-01', 4, 'App'),
            row('Conversion', '50', '2026-10-01', 5, 'Shopp')
        ]);
        expect(problems.map(p => `${p.line}: ${p.message}`)).toEqual([
            '2: no metric is named "CartAbandonmnet"; did you mean CartAbandonment?',
            '3: no metric is named "Revenue"',
            '4: journey App has no metric named "Convresion"; did you mean Conversion?',
            '5: no journey is named "Shopp"; did you mean Shop?'
        ]);
    });

    it('refuses values that are not plain decimal numbers and dates that are not real days', () => {
        const { problems, bindings } = bindMetrics(models, [
            row('CartAbandonment', '6o', '2026-10-01', 2),
            row('CartAbandonment', '65%', '2026-10-01', 3),
            row('CartAbandonment', '1,5', '2026-10-01', 4),
            row('CartAbandonment', '', '2026-10-01', 5),
            row('CartAbandonment', '65', '2026-02-30', 6),
            row('CartAbandonment', '65', '01/10/2026', 7),
            row('CartAbandonment', ' -.5 ', ' 2026-10-01 ', 8),
            row('CartAbandonment', `1${'0'.repeat(400)}`, '2026-10-01', 9)
        ]);
        expect(problems.map(p => `${p.line}: ${p.message}`)).toEqual([
            '2: CartAbandonment: "6o" is not a number (write it like 12 or 3.5)',
            '3: CartAbandonment: "65%" is not a number (write it like 12 or 3.5)',
            '4: CartAbandonment: "1,5" is not a number (write it like 12 or 3.5)',
            '5: CartAbandonment: "" is not a number (write it like 12 or 3.5)',
            '6: CartAbandonment: "2026-02-30" is not a date (write YYYY-MM-DD)',
            '7: CartAbandonment: "01/10/2026" is not a date (write YYYY-MM-DD)',
            `9: CartAbandonment: "1${'0'.repeat(400)}" is too large a number (numbers go up to 1e15 in size)`
        ]);
        expect(bindings).toEqual([{ journey: 'Shop', metric: 'CartAbandonment', value: -0.5, date: '2026-10-01', file: 'data.csv', line: 8 }]);
    });
});
