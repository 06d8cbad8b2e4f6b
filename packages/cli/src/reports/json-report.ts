import { bindingsByMetric, type ReportInput } from './report-input.js';

/** Version of the report's JSON shape (see journey-report.schema.json); raised whenever a field changes meaning or disappears. */
export const REPORT_JSON_VERSION = 2;

/** `journey report --format json`: the resolved map, every analysis and the map's diagnostics; metrics bound to data say where from. */
export function jsonReport(input: ReportInput, today: string): string {
    const { model, analysis } = input;
    const bound = bindingsByMetric(input);
    const withBoundFrom = <T extends { name: string }>(metric: T) => {
        const binding = bound.get(metric.name);
        return binding ? { ...metric, boundFrom: { file: binding.file, date: binding.date } } : metric;
    };
    return JSON.stringify({
        $schema: './journey-report.schema.json',
        schemaVersion: REPORT_JSON_VERSION,
        today,
        file: input.file,
        journey: { ...model, metrics: model.metrics.map(withBoundFrom) },
        analysis: { ...analysis, metrics: analysis.metrics.map(withBoundFrom) },
        diagnostics: input.findings
    }, null, 2) + '\n';
}
