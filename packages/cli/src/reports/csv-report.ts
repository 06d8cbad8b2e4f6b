import { stringify } from 'csv-stringify/sync';
import { guardFormula } from '@journey-maps/language/model';
import type { ReportInput } from './report-input.js';

export type CsvTable = 'touchpoints' | 'metrics' | 'pains' | 'opportunities' | 'experiments';

type Value = string | number | boolean | undefined;

/**
 * `journey report --format csv`: one table per file, for spreadsheets. Numbers stay numbers; every text cell is
 * guarded against formula injection.
 */
export function csvReport(input: ReportInput): Record<CsvTable, string> {
    const { model, analysis } = input;
    const personas = model.personas.map(persona => persona.name);
    const segments = model.segments.map(segment => segment.name);
    // Reversed, so that where two share a name the first written wins, as a search from the front would find.
    const momentScores = new Map(analysis.momentsOfTruth.map(moment => [moment.touchpoint, moment.average] as const).reverse());
    return {
        touchpoints: csv(model.touchpoints.map(t => ({
            stage: t.stage, touchpoint: t.name, title: t.title, channel: t.channels.map(channel => channel.name).join(' '), owner: t.owner?.name, reach: t.reach, lane: t.lane,
            ...feelingColumns(personas, new Map(t.emotions.map(emotion => [emotion.persona, emotion.score] as const).reverse())),
            ...feelingColumns(segments, new Map(t.segmentEmotions.map(emotion => [emotion.segment, emotion.score] as const).reverse())),
            'moment of truth': t.moment !== undefined,
            'moment score': momentScores.get(t.name)
        }))),
        metrics: csv(analysis.metrics.map(m => ({
            metric: m.name, title: m.title, at: m.location?.name ?? m.channel?.name, unit: m.unit, baseline: m.baseline, current: m.current, target: m.target,
            better: m.better, gap: m.gap, 'relative gap %': m.relativeGap, status: m.status, source: m.source, measured: m.measured,
            projected: m.projected, 'baseline gap': m.baselineGap, 'change from baseline': m.change?.difference, 'change %': m.change?.relative
        }))),
        pains: csv(analysis.pains.map((p, rank) => ({
            rank: rank + 1, pain: p.name, title: p.title, at: p.location?.name, severity: p.severity, affects: p.affects.join(' '),
            reach: p.reach, 'addressed by': p.opportunities.join(' ')
        }))),
        opportunities: csv(analysis.opportunities.map((o, rank) => ({
            rank: rank + 1, opportunity: o.name, title: o.title, quadrant: o.quadrant, impact: o.impact, effort: o.effort,
            solves: o.solves.join(' '), owner: o.owner?.name, due: o.due, status: o.status
        }))),
        experiments: csv(analysis.experiments.map(e => ({
            experiment: e.name, title: e.title, for: e.opportunity, metric: e.metric, kind: e.kind, status: e.status,
            expect: e.expected?.value, 'expect is a change %': e.expected?.percent, observed: e.observed?.value, 'observed is a change %': e.observed?.percent,
            'reached the threshold': e.meetsThreshold, 'status disagrees': e.mismatch, result: e.result
        })))
    };
}

/** A `feels <name>` column for each persona or segment, with its score at the touchpoint, if any. */
function feelingColumns(names: readonly string[], scores: ReadonlyMap<string, number>): Record<string, Value> {
    return Object.fromEntries(names.map(name => [`feels ${name}`, scores.get(name)]));
}

function csv(rows: readonly Record<string, Value>[]): string {
    return stringify(rows as Record<string, Value>[], {
        header: true,
        columns: rows.length > 0 ? Object.keys(rows[0]) : undefined,
        cast: { string: guardFormula, boolean: value => value ? 'yes' : 'no' }
    });
}
