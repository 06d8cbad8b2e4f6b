import { bindMetrics, type BoundMetrics, type JourneyModel, type MetricDataProblem } from '@journey-maps/language';
import { CliError } from '../../cli-error.js';
import type { Terminal } from '../../terminal.js';
import { dataFileRows } from './data-file-rows.js';
import { splitRowsForOthers } from './rows-for-others.js';
import { sourceRows } from './source-rows.js';

/**
 * `journey report`: binds the values of the CSV files the metrics name as their source, then those of the
 * `--metrics` files (which win a tie on the date). Rows that bind nothing are reported one a line, and stop the command.
 * Rows for `others`, journeys of the workspace that were not named, are left out with one note.
 */
export async function bindMetricData(models: readonly JourneyModel[], dataPaths: readonly string[], terminal: Terminal,
    others: readonly JourneyModel[] = []): Promise<BoundMetrics> {
    const { kept, left, journeys } = splitRowsForOthers(await dataFileRows(dataPaths, terminal.cwd), models, others);
    if (left.length > 0) {
        const files = [...new Set(left.map(row => row.file))];
        terminal.warn(`note: ${files.join(', ')}: ${left.length} row${left.length === 1 ? '' : 's'} for journeys that were not named (${journeys.join(', ')}) ${left.length === 1 ? 'is' : 'are'} left out`);
    }
    const rows = [...await sourceRows(models, terminal.cwd), ...kept];
    const bound = bindMetrics(models, rows);
    const last = bound.problems.at(-1);
    if (last) {
        bound.problems.slice(0, -1).forEach(problem => terminal.warn(problemLine(problem)));
        throw new CliError(problemLine(last));
    }
    return bound;
}

function problemLine(problem: MetricDataProblem): string {
    return `${problem.file}:${problem.line}: ${problem.message}`;
}
