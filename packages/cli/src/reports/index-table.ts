import { keyFigures } from './key-figures.js';
import type { ReportInput } from './report-input.js';
import type { ReportTable } from './report-sections.js';

export interface IndexEntry {
    readonly input: ReportInput;
    /** The report's file name, relative to the index. */
    readonly href: string;
}

/** The index of a folder of reports: one row per journey, those with errors first. */
export function indexTable(entries: readonly IndexEntry[]): ReportTable {
    const count = (entry: IndexEntry, severity: string) => entry.input.findings.filter(finding => finding.severity === severity).length;
    const sorted = [...entries].sort((a, b) => count(b, 'error') - count(a, 'error') || count(b, 'warning') - count(a, 'warning'));
    return {
        columns: ['Journey', 'Map', 'Errors', 'Warnings', 'Biggest drop-off', 'Metrics off target', 'Freshness'],
        rows: sorted.map(entry => {
            const [drop, metrics, , , fresh] = keyFigures(entry.input);
            const errors = count(entry, 'error');
            const warnings = count(entry, 'warning');
            return [
                { text: entry.input.model.title, href: entry.href }, { text: entry.input.file },
                { text: String(errors), tone: errors > 0 ? 'bad' : 'good' }, { text: String(warnings), tone: warnings > 0 ? 'warn' : undefined },
                { text: `${drop.value} ${drop.label}` }, { text: metrics.value }, { text: fresh.value, tone: fresh.value === 'fresh' ? 'good' : 'bad' }
            ];
        }),
        empty: 'No journeys.'
    };
}
