import { bindMetrics, type BoundMetrics, type JourneyModel, type MetricDataProblem } from '@journey-maps/language';
import { CliError } from '../../cli-error.js';
import type { Terminal } from '../../terminal.js';
import { dataFileRows } from './data-file-rows.js';
import { sourceRows } from './source-rows.js';

/**
 * `journey report`: binds the values of the CSV files the metrics name as their source, then those of the
 * `--metrics` files (which win a tie on the date). Rows that bind nothing are reported one a line, and stop the command.
 */
export async function bindMetricData(models: readonly JourneyModel[], dataPaths: readonly string[], terminal: Terminal): Promise<BoundMetrics> {
    const rows = [...await sourceRows(models, terminal.cwd), ...await dataFileRows(dataPaths, terminal.cwd)];
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
