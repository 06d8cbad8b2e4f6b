import type { JourneyAnalysis, JourneyModel } from '@journey-maps/language';
import type { Finding } from '../output/findings.js';

/** What every report of one journey is built from. */
export interface ReportInput {
    /** The map's path as shown to people: relative to the current folder. */
    readonly file: string;
    readonly model: JourneyModel;
    readonly analysis: JourneyAnalysis;
    /** The diagnostics of the map's file. */
    readonly findings: readonly Finding[];
}
