import { relative } from 'node:path';
import type { MetricRow } from '@journey-maps/language';
import { CliError } from '../../cli-error.js';
import { commandLineDataFiles } from './data-files.js';
import { readCsv } from './read-csv.js';

const required = ['metric', 'value', 'date'] as const;

/**
 * The rows of the `--metrics` data files, in the order given: each path (anywhere) is a regular CSV file or a
 * folder whose `*.csv` files are read in name order. A file has one measured value a line, under the columns
 * metric, value, date and, where metric names repeat across journeys, journey.
 */
export async function dataFileRows(paths: readonly string[], cwd: string): Promise<MetricRow[]> {
    const rows: MetricRow[] = [];
    for (const path of paths) {
        for (const file of await commandLineDataFiles(path, cwd)) {
            const shown = relative(cwd, file) || file;
            const csv = await readCsv(file, shown);
            const missing = required.find(column => !csv.columns.includes(column));
            if (missing) {
                throw new CliError(`${shown} has no ${missing} column: its first line must name the columns metric, value, date (and journey where metric names repeat)`);
            }
            for (const { line, cells } of csv.rows) {
                rows.push({ file: shown, line, metric: cells.metric ?? '', journey: cells.journey, value: cells.value ?? '', date: cells.date ?? '' });
            }
        }
    }
    return rows;
}
