import { resolve } from 'node:path';
import { bindMetrics, type BoundMetrics, type JourneyModel, type MetricDataProblem } from '@journey-maps/language';
import { CliError } from '../../cli-error.js';
import type { Terminal } from '../../terminal.js';
import { dataFileRows } from './data-file-rows.js';
import { splitRowsForOthers } from './rows-for-others.js';
import { sourceRows } from './source-rows.js';

/**
 * `journey report`: binds the values of the CSV files the metrics name as their source, then those of the
 * `--metrics` files (which win a tie on the date). Rows that bind nothing are reported one a line (the first 20, cut
 * to 200 characters), and stop the command. Rows for `others`, journeys of the workspace that were not named, are
 * left out with one note.
 */
export async function bindMetricData(models: readonly JourneyModel[], dataPaths: readonly string[], terminal: Terminal,
    others: readonly JourneyModel[] = []): Promise<BoundMetricData> {
    const { kept, left, journeys } = splitRowsForOthers(await dataFileRows(dataPaths, terminal.cwd), models, others);
    if (left.length > 0) {
        const files = [...new Set(left.map(row => row.file))];
        terminal.warn(`note: ${files.join(', ')}: ${left.length} row${left.length === 1 ? '' : 's'} for journeys that were not named (${journeys.join(', ')}) ${left.length === 1 ? 'is' : 'are'} left out`);
    }
    const rows = [...await sourceRows(models, terminal.cwd), ...kept];
    const bound = bindMetrics(models, rows);
    const { problems } = bound;
    if (problems.length > 0) {
        const shown = problems.slice(0, shownProblems).map(problemLine);
        const more = problems.length - shown.length;
        if (more > 0) {
            shown.push(`and ${more.toLocaleString('en')} more rows that bind nothing`);
        }
        shown.slice(0, -1).forEach(line => terminal.warn(line));
        throw new CliError(shown.at(-1)!);
    }
    return { ...bound, files: [...new Set([...rows, ...left].map(row => resolve(terminal.cwd, row.file)))] };
}

export interface BoundMetricData extends BoundMetrics {
    /** The data files that gave rows, absolute: inputs that no output may replace. */
    readonly files: readonly string[];
}

/** A file of bad rows gets this many lines, not one per row. */
const shownProblems = 20;

/** Messages quote the cells they are about: a cell of a megabyte is cut short. */
const maxProblemLength = 200;

function problemLine(problem: MetricDataProblem): string {
    const line = `${problem.file}:${problem.line}: ${problem.message}`;
    return line.length > maxProblemLength ? `${line.slice(0, maxProblemLength)}…` : line;
}
