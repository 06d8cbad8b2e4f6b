import { closestName } from '../text/closest-name.js';
import { addToList } from './add-to-list.js';
import { isRealDate } from './dates.js';
import type { JourneyModel, MetricModel } from './journey-model.js';
import { isUsableNumber, maxNumber } from './number-limits.js';
import { assessMetric } from './metric-status.js';

/** One measured value read from a data file, as written there. */
export interface MetricRow {
    /** The data file, as shown to people. */
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    /** The metric's name. */
    readonly metric: string;
    /** The journey's name: needed only when several journeys have a metric of that name. */
    readonly journey?: string;
    /** A decimal number, as written. */
    readonly value: string;
    /** When the value was measured: YYYY-MM-DD. */
    readonly date: string;
}

/** A metric's current value, taken from a data file. */
export interface MetricBinding {
    readonly journey: string;
    readonly metric: string;
    readonly value: number;
    readonly date: string;
    readonly file: string;
    readonly line: number;
}

/** A row that binds nothing, and why, in the words of the people who keep the data. */
export interface MetricDataProblem {
    readonly file: string;
    readonly line: number;
    readonly message: string;
}

export interface BoundMetrics {
    /** The models, in the order given, with every bound metric's current value, measured date and status replaced. */
    readonly models: JourneyModel[];
    /** One per bound metric: the row with the latest date (on the same date, the last such row). */
    readonly bindings: MetricBinding[];
    /** In row order; a row with a problem binds nothing. */
    readonly problems: MetricDataProblem[];
}

const decimal = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Binds measured values to metrics: each row names a metric (and its journey where the name alone is
 * ambiguous), a value and the date it was measured; the latest row per metric becomes its current value.
 */
export function bindMetrics(models: readonly JourneyModel[], rows: readonly MetricRow[]): BoundMetrics {
    const latest = new Map<MetricModel, MetricBinding>();
    const problems: MetricDataProblem[] = [];
    const index = metricIndex(models);
    for (const row of rows) {
        const read = readRow(index, row);
        if (typeof read === 'string') {
            problems.push({ file: row.file, line: row.line, message: read });
            continue;
        }
        const previous = latest.get(read.metric);
        if (!previous || read.binding.date >= previous.date) {
            latest.set(read.metric, read.binding);
        }
    }
    return {
        models: models.map(model => ({ ...model, metrics: model.metrics.map(metric => boundMetric(metric, latest.get(metric))) })),
        bindings: [...latest.values()],
        problems
    };
}

/** A metric with the journey it belongs to. */
interface OwnedMetric {
    readonly journey: JourneyModel;
    readonly metric: MetricModel;
}

/** The models' journeys and metrics by name, built once, so that each row of a data file is found without a search. */
interface MetricIndex {
    readonly models: readonly JourneyModel[];
    /** The first journey of each name. */
    readonly journeys: ReadonlyMap<string, JourneyModel>;
    /** Every metric of each name, in the order of the models and of their metrics. */
    readonly owners: ReadonlyMap<string, readonly OwnedMetric[]>;
}

function metricIndex(models: readonly JourneyModel[]): MetricIndex {
    const journeys = new Map<string, JourneyModel>();
    const owners = new Map<string, OwnedMetric[]>();
    for (const journey of models) {
        if (!journeys.has(journey.name)) {
            journeys.set(journey.name, journey);
        }
        for (const metric of journey.metrics) {
            addToList(owners, metric.name, { journey, metric });
        }
    }
    return { models, journeys, owners };
}

/** The metric a row names and the value it gives, or what is wrong with the row. */
function readRow(index: MetricIndex, row: MetricRow): { metric: MetricModel; binding: MetricBinding } | string {
    const found = findMetric(index, row);
    if (typeof found === 'string') {
        return found;
    }
    const value = row.value.trim();
    const date = row.date.trim();
    if (!decimal.test(value)) {
        return `${row.metric}: "${value}" is not a number (write it like 12 or 3.5)`;
    }
    if (!isUsableNumber(Number(value))) {
        return `${row.metric}: "${value}" is too large a number (numbers go up to ${maxNumber.toExponential().replace('e+', 'e')} in size)`;
    }
    if (!isRealDate(date)) {
        return `${row.metric}: "${date}" is not a date (write YYYY-MM-DD)`;
    }
    const { journey, metric } = found;
    return { metric, binding: { journey: journey.name, metric: metric.name, value: Number(value), date, file: row.file, line: row.line } };
}

/** The metric a row names, or what is wrong with the names. */
function findMetric({ models, journeys, owners: byName }: MetricIndex, row: MetricRow): OwnedMetric | string {
    const owners = byName.get(row.metric) ?? [];
    const journeyName = row.journey?.trim();
    if (journeyName) {
        const journey = journeys.get(journeyName);
        if (!journey) {
            return `no journey is named "${journeyName}"${hint(journeyName, models.map(model => model.name))}`;
        }
        return owners.find(owner => owner.journey === journey)
            ?? `journey ${journey.name} has no metric named "${row.metric}"${hint(row.metric, journey.metrics.map(candidate => candidate.name))}`;
    }
    if (owners.length === 1) {
        return owners[0];
    }
    return owners.length === 0
        ? `no metric is named "${row.metric}"${hint(row.metric, models.flatMap(model => model.metrics.map(metric => metric.name)))}`
        : `journeys ${owners.map(owner => owner.journey.name).join(', ')} each have a metric ${row.metric}: add a journey column to say which`;
}

function hint(name: string, candidates: readonly string[]): string {
    const closest = closestName(name, candidates);
    return closest ? `; did you mean ${closest}?` : '';
}

function boundMetric(metric: MetricModel, binding: MetricBinding | undefined): MetricModel {
    if (!binding) {
        return metric;
    }
    const current = binding.value;
    return { ...metric, current, measured: binding.date, status: assessMetric({ ...metric, current }).status };
}
