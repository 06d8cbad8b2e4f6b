import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JourneyModel, MetricRow } from '@journey-maps/language';
import { CliError } from '../../cli-error.js';
import { rootFinder } from '../find-root.js';
import { sourceDataFile } from './data-files.js';
import { columnsText, readCsv, type CsvFile } from './read-csv.js';

/** `source "data/analytics.csv#cart_abandonment"`; without `#column`, the column is the metric's name. */
const csvSource = /^(?<file>[^#]*\.csv)(#(?<column>.*))?$/i;

/**
 * The rows of the CSV files that metrics name as their source: the file relative to the map (and inside its
 * workspace), a value column, and a `date` column telling which row is the latest; rows with an empty cell in the
 * column are skipped. A `source` that is not of that form is a description and reads nothing.
 */
export async function sourceRows(models: readonly JourneyModel[], cwd: string): Promise<MetricRow[]> {
    const rootOf = rootFinder();
    const files = new Map<string, Promise<CsvFile>>();
    const rows: MetricRow[] = [];
    for (const journey of models) {
        for (const metric of journey.metrics) {
            const source = csvSource.exec(metric.source?.trim() ?? '')?.groups;
            if (!source) {
                continue;
            }
            const map = fileURLToPath(metric.range.uri);
            const where = `${relative(cwd, map) || map}:${metric.range.start.line + 1}: the source of ${metric.name}: `;
            const path = await sourceDataFile(map, source.file, cwd, where, rootOf);
            const shown = relative(cwd, resolve(dirname(map), source.file));
            const csv = await (files.get(path) ?? files.set(path, readCsv(path, shown, where)).get(path)!);
            const column = (source.column?.trim() || metric.name).toLowerCase();
            if (!csv.columns.includes(column)) {
                throw new CliError(`${where}${shown} has no column ${column} ${columnsText(csv.columns)}`);
            }
            if (!csv.columns.includes('date')) {
                throw new CliError(`${where}${shown} has no date column to tell the latest row`);
            }
            for (const { line, cells } of csv.rows) {
                if (cells[column]) {
                    rows.push({ file: shown, line, metric: metric.name, journey: journey.name, value: cells[column], date: cells.date ?? '' });
                }
            }
        }
    }
    return rows;
}
