import { type Command, InvalidArgumentError, Option } from 'commander';
import { isRealDate } from '@journey-maps/language/model';
import { defaultMaxFileSizeMb } from '../workspace/read-sources.js';

/** Adds --all, --fail-on, --max-warnings, --config, --today and --max-file-size: the options of every command that checks. */
export function withCheckingOptions(command: Command): Command {
    return command
        .option('--all', 'report on every map of the workspace, not only on the files named (the workspace is always read: see the README)')
        .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the command fail (exit 1)').choices(['error', 'warning']).default('error'))
        .option('--max-warnings <count>', 'also fail when there are more warnings than this', parseCount)
        .option('-c, --config <file>', `check configuration (default: the journey.config.json of the workspace root)`)
        .option('--today <date>', 'judge staleness as of this date (YYYY-MM-DD) instead of today', parseDate)
        .option('--max-file-size <MB>', 'maps larger than this are an unreadable-file error', parseSize, defaultMaxFileSizeMb);
}

/** --metrics, repeatable: the CSV files or folders that bind metrics to measured values (`report` and `render`). */
export function metricsOption(): Option {
    return new Option('--metrics <csv|folder>', 'bind metrics to measured values: a CSV of metric,value,date[,journey] (the latest date wins), or a folder of them; repeatable')
        .argParser((path: string, paths: string[]) => [...paths, path]).default([], 'none');
}

function parseCount(value: string): number {
    const count = Number(value);
    if (!Number.isInteger(count) || count < 0) {
        throw new InvalidArgumentError('expected a whole number, 0 or more.');
    }
    return count;
}

function parseSize(value: string): number {
    const size = Number(value);
    if (!Number.isFinite(size) || size <= 0) {
        throw new InvalidArgumentError('expected a size in MB, more than 0.');
    }
    return size;
}

function parseDate(value: string): string {
    if (!isRealDate(value)) {
        throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
    }
    return value;
}
