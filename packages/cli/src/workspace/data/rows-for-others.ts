import type { JourneyModel, MetricRow } from '@journey-maps/language';

/**
 * Splits data rows into those for the journeys reported on and those for `others`, the journeys of the
 * workspace that were not named: a row names its journey, or a metric only those hold.
 */
export function splitRowsForOthers(rows: readonly MetricRow[], named: readonly JourneyModel[], others: readonly JourneyModel[]): {
    readonly kept: MetricRow[];
    readonly left: MetricRow[];
    /** The journeys the rows left out are for. */
    readonly journeys: string[];
} {
    const namedJourneys = new Set(named.map(journey => journey.name));
    const otherJourneys = new Set(others.filter(journey => !namedJourneys.has(journey.name)).map(journey => journey.name));
    const namedMetrics = new Set(named.flatMap(journey => journey.metrics.map(metric => metric.name)));
    const otherOf = (row: MetricRow): string | undefined => {
        const journey = row.journey?.trim();
        if (journey) {
            return otherJourneys.has(journey) ? journey : undefined;
        }
        return namedMetrics.has(row.metric) ? undefined : others.find(other => other.metrics.some(metric => metric.name === row.metric))?.name;
    };
    const left = rows.filter(row => otherOf(row) !== undefined);
    return { kept: rows.filter(row => otherOf(row) === undefined), left, journeys: [...new Set(left.map(row => otherOf(row)!))] };
}
