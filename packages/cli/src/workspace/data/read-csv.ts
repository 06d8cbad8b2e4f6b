import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse';
import { CliError, fileError } from '../../cli-error.js';
import { printable } from '../../printable.js';

/** A CSV file whose first line names its columns. */
export interface CsvFile {
    /** The header's names, trimmed and lower-cased, in order. */
    readonly columns: readonly string[];
    /** Every line after the header that is not blank. */
    readonly rows: readonly CsvRow[];
}

export interface CsvRow {
    /** 1-based: the line the row ends on. */
    readonly line: number;
    /** By lower-cased column name; a short row lacks its last cells. */
    readonly cells: Readonly<Record<string, string | undefined>>;
}

/** Rows read from one data file at most: about 100 MB of memory; a year of hourly values for 100 metrics is 876,000. */
export const maxCsvRows = 1_000_000;

/** A line longer than this is not a measured value: the file is refused rather than read into memory whole. */
const maxLineBytes = 64 * 1024;

/** What went wrong, in words, by csv-parse's error code: its own messages quote the file's content. */
const problems: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'a quote is not closed',
    INVALID_OPENING_QUOTE: 'a quote inside an unquoted cell',
    CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after a closing quote',
    CSV_MAX_RECORD_SIZE: `a line longer than ${maxLineBytes / 1024} KB`
};

/**
 * Reads a CSV file (UTF-8, an optional byte-order mark, cells trimmed) as it streams in: a regular file of at most
 * `maxCsvRows` rows. A file that is missing, unreadable, not a regular file (a FIFO is never waited on) or not CSV
 * stops the command with one line that quotes none of its content; `shown` is its path as people see it, `where`
 * says who asked for it.
 */
export async function readCsv(path: string, shown: string, where = ''): Promise<CsvFile> {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((err: unknown) => {
        throw fileError(err, 'read', shown, where);
    });
    try {
        if (!(await handle.stat()).isFile()) {
            throw new CliError(`${where}${shown} is not a regular file`);
        }
        let columns: string[] = [];
        const parser = handle.createReadStream({ autoClose: false }).pipe(parse({
            bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, max_record_size: maxLineBytes,
            columns: (header: string[]) => columns = header.map(name => name.toLowerCase()),
            on_record: (cells: Record<string, string | undefined>, { lines }) => ({ line: lines, cells })
        }));
        const rows: CsvRow[] = [];
        for await (const row of parser as AsyncIterable<CsvRow>) {
            if (rows.length === maxCsvRows) {
                parser.destroy();
                throw new CliError(`${where}${shown} has more than ${maxCsvRows.toLocaleString('en')} rows; split it into smaller files`);
            }
            rows.push(row);
        }
        return { columns, rows };
    } catch (err) {
        if (err instanceof CsvError) {
            const line = (err as CsvError & { lines?: number }).lines;
            throw new CliError(`${where}cannot read ${shown} as CSV: ${problems[err.code] ?? 'not valid CSV'}${line ? ` at line ${line}` : ''}`);
        }
        throw err instanceof CliError ? err : fileError(err, 'read', shown, where);
    } finally {
        await handle.close();
    }
}

/** Header names this long, or more than this many, are not echoed: a first line that is not a header may be a secret. */
const shownColumns = { count: 12, length: 40 };

/**
 * The columns of a header for a message: `(it has date, rate)`, at most a dozen names, and only when the first line
 * looks like a list of column names (short names of letters, digits, spaces and a few signs).
 */
export function columnsText(columns: readonly string[]): string {
    const names = /^[\p{L}\p{N}][\p{L}\p{N} _.%()/#-]*$/u;
    if (columns.length === 0 || !columns.every(name => name.length <= shownColumns.length && names.test(name))) {
        return '(its first line does not look like a list of column names)';
    }
    const more = columns.length - shownColumns.count;
    return `(it has ${columns.slice(0, shownColumns.count).map(printable).join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}
