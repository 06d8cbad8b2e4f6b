import { readFile } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse/sync';
import { CliError, fileError } from '../../cli-error.js';

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

/**
 * Reads a CSV file (UTF-8, an optional byte-order mark, cells trimmed). A file that is missing, unreadable
 * or not CSV stops the command; `shown` is its path as people see it, `where` says who asked for it.
 */
export async function readCsv(path: string, shown: string, where = ''): Promise<CsvFile> {
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch (err) {
        throw fileError(err, 'read', shown, where);
    }
    let columns: string[] = [];
    try {
        const rows = parse<CsvRow, Record<string, string | undefined>>(text, {
            bom: true, trim: true, skip_empty_lines: true, relax_column_count: true,
            columns: header => columns = header.map((name: string) => name.toLowerCase()),
            on_record: (cells, { lines }) => ({ line: lines, cells })
        });
        return { columns, rows };
    } catch (err) {
        if (err instanceof CsvError) {
            throw new CliError(`${where}cannot read ${shown} as CSV: ${err.message}`);
        }
        throw err;
    }
}
