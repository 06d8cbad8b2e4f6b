// `@journey-maps/language/model`: the journey model as plain data, with its analyses, diff and text toolbox.
// Nothing here loads Langium at run time (a test bundles this entry and checks), so the diagram, the reports
// and any browser code can use it without the parser.
export * from './model/journey-model.js';
export * from './model/all-stages.js';
export * from './model/dates.js';
export * from './model/scale.js';
export * from './model/number-limits.js';
export { assessMetric, inferenceWords, metricDirection, type BetterDirection, type BetterSource, type MetricAssessment, type MetricStatus } from './model/metric-status.js';
export * from './model/bind-metrics.js';
export * from './analysis/channel-health.js';
export * from './analysis/channel-mix.js';
export * from './analysis/drop-offs.js';
export * from './analysis/emotion-curve.js';
export * from './analysis/experiments.js';
export * from './analysis/fix-first.js';
export * from './analysis/freshness.js';
export * from './analysis/funnels.js';
export * from './analysis/impact-effort.js';
export * from './analysis/journey-analysis.js';
export * from './analysis/metric-gaps.js';
export * from './analysis/moments-of-truth.js';
export * from './analysis/pain-ranking.js';
export * from './analysis/segment-comparison.js';
export * from './analysis/persona-coverage.js';
export * from './analysis/unreached-touchpoints.js';
export * from './diff/journey-diff.js';
export * from './text/casing.js';
export * from './text/closest-name.js';
export * from './text/formula-guard.js';
export * from './text/markdown-text.js';
export * from './text/measure-words.js';
export * from './text/metric-value.js';
export * from './text/number-text.js';
export * from './text/type-words.js';
