import type { ReportInput } from './report-input.js';

/** Version of the report's JSON shape (see journey-report.schema.json); raised whenever a field changes meaning or disappears. */
export const REPORT_JSON_VERSION = 1;

/** `journey report --format json`: the resolved map, every analysis and the map's diagnostics. */
export function jsonDocument(input: ReportInput, today: string): string {
    return JSON.stringify({
        $schema: './journey-report.schema.json',
        schemaVersion: REPORT_JSON_VERSION,
        today,
        file: input.file,
        journey: input.model,
        analysis: input.analysis,
        diagnostics: input.findings
    }, null, 2) + '\n';
}
