import type { JourneyAnalysis, JourneyModel, MetricBinding } from '@journey-maps/language/model';
import type { Finding } from '../check-output/findings.js';

/** What every report of one journey is built from. */
export interface ReportInput {
    /** The map's path as shown to people: relative to the current folder. */
    readonly file: string;
    readonly model: JourneyModel;
    readonly analysis: JourneyAnalysis;
    /** The diagnostics of the map's file. */
    readonly findings: readonly Finding[];
    /** The metrics whose current value comes from a data file (`--metrics`, or a `source` naming a CSV file). */
    readonly bindings: readonly MetricBinding[];
    /** The journey's text as written in its map, when the report shows it (`--journey-block`). */
    readonly source?: string;
}

/** Where a metric's current value came from, when it was read from a data file. */
export function bindingOf(input: ReportInput, metric: string): MetricBinding | undefined {
    return input.bindings.find(binding => binding.metric === metric);
}
