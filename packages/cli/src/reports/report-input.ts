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

/** Where each metric's current value came from, by metric name, for the metrics read from a data file (the first binding of a name). */
export function bindingsByMetric(input: ReportInput): ReadonlyMap<string, MetricBinding> {
    return new Map(input.bindings.map(binding => [binding.metric, binding] as const).reverse());
}
