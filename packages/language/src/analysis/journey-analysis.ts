import type { JourneyModel, TouchpointModel } from '../model/journey-model.js';
import { channelHealth, type ChannelHealth } from './channel-health.js';
import { channelMix, type ChannelShare } from './channel-mix.js';
import { dropOffs, type DropOff } from './drop-offs.js';
import { emotionCurves, type EmotionCurve } from './emotion-curve.js';
import { experimentResults, type ExperimentResult } from './experiments.js';
import { fixFirst, type FixFirstEntry } from './fix-first.js';
import { freshness, type Freshness } from './freshness.js';
import { funnels, type Funnel } from './funnels.js';
import { impactEffortMatrix, type PlacedOpportunity } from './impact-effort.js';
import { metricGaps, type MetricGap } from './metric-gaps.js';
import { momentsOfTruth, type MomentScorecard } from './moments-of-truth.js';
import { rankPains, type RankedPain } from './pain-ranking.js';
import { segmentComparison, type SegmentComparison } from './segment-comparison.js';
import { personaCoverage, type PersonaCoverage } from './persona-coverage.js';
import { unreachedTouchpoints } from './unreached-touchpoints.js';

/** Every analysis of one journey: what reports show and teams act on. */
export interface JourneyAnalysis {
    readonly emotionCurves: readonly EmotionCurve[];
    readonly pains: readonly RankedPain[];
    readonly opportunities: readonly PlacedOpportunity[];
    readonly metrics: readonly MetricGap[];
    readonly momentsOfTruth: readonly MomentScorecard[];
    readonly dropOffs: readonly DropOff[];
    readonly unreachedTouchpoints: readonly TouchpointModel[];
    readonly coverage: readonly PersonaCoverage[];
    readonly channels: readonly ChannelShare[];
    readonly channelHealth: readonly ChannelHealth[];
    readonly segments: SegmentComparison;
    readonly freshness: Freshness;
    readonly funnels: readonly Funnel[];
    readonly experiments: readonly ExperimentResult[];
    readonly fixFirst: readonly FixFirstEntry[];
}

/** Runs every analysis over a journey model; `today` (YYYY-MM-DD) judges freshness. */
export function analyseJourney(model: JourneyModel, today: string): JourneyAnalysis {
    const found = funnels(model);
    const metrics = metricGaps(model, found);
    const channels = channelMix(model);
    return {
        emotionCurves: emotionCurves(model),
        pains: rankPains(model),
        opportunities: impactEffortMatrix(model),
        metrics,
        momentsOfTruth: momentsOfTruth(model),
        dropOffs: dropOffs(model),
        unreachedTouchpoints: unreachedTouchpoints(model),
        coverage: personaCoverage(model),
        channels,
        channelHealth: channelHealth(channels, metrics),
        segments: segmentComparison(model),
        freshness: freshness(model, today),
        funnels: found,
        experiments: experimentResults(model),
        fixFirst: fixFirst(model, found)
    };
}
