import {
    allStages, inferenceWords, measureWords, metricValueText, numberText, type EmotionCurve, type ExperimentResult, type LocationRef, type MetricBinding, type MetricChange
} from '@journey-maps/language/model';
import { bindingsByMetric, type ReportInput } from './report-input.js';

/** How a cell reads at a glance: bad (act now), warn (look at it), good (fine), muted (nothing recorded). */
export type Tone = 'bad' | 'warn' | 'good' | 'muted';

export interface Cell {
    readonly text: string;
    readonly tone?: Tone;
    /** A link target, relative to the report. */
    readonly href?: string;
    /** A share, 0..100, that HTML draws as a bar beside the text. */
    readonly bar?: number;
}

export interface ReportTable {
    readonly caption?: string;
    readonly columns: readonly string[];
    /** Most important first. */
    readonly rows: readonly (readonly Cell[])[];
    /** What to say when there are no rows. */
    readonly empty: string;
}

export interface ReportSection {
    /** A stable anchor: `pains`, `metrics`, ... */
    readonly id: string;
    readonly title: string;
    readonly intro: string;
    readonly tables: readonly ReportTable[];
}

const severityTone = { abandon: 'bad', workaround: 'warn', trivial: 'muted' } as const;
const statusTone = { 'off-target': 'bad', 'no-data': 'warn', 'no-target': 'warn', met: 'good' } as const;
const statusWords = { 'off-target': 'off target', 'no-data': 'not measured yet', 'no-target': 'no target', met: 'met' } as const;
const findingTone = { error: 'bad', warning: 'warn', info: 'muted', hint: 'muted' } as const;
const quadrantText = { 'quick-win': 'Quick win', 'big-bet': 'Big bet', 'fill-in': 'Fill-in', 'money-pit': 'Money pit', unrated: 'Not rated' } as const;
const quadrantTone = { 'quick-win': 'good', 'big-bet': undefined, 'fill-in': 'muted', 'money-pit': 'bad', unrated: 'muted' } as const;

/** The sections every report shows, one per analysis, in reading order, the diagnostics last; plain text only. */
export function reportSections(input: ReportInput): ReportSection[] {
    const { model, analysis } = input;
    const titles = new Map<string, string>([...model.touchpoints, ...allStages(model.stages), ...model.personas, ...model.segments, ...model.metrics, ...model.pains, ...model.opportunities, ...model.experiments]
        .map(item => [item.name, item.title]));
    const title = (name: string | undefined) => name === undefined ? '' : titles.get(name) ?? name;
    const where = (location: LocationRef | undefined) => location ? title(location.name) : '';
    const cell = (text: string | undefined, tone?: Tone): Cell => ({ text: text ?? '', tone });
    const fresh = analysis.freshness;
    // Reversed, so that of two touchpoints of one name the first written wins.
    const stages = new Map(model.touchpoints.map(t => [t.name, t.stage] as const).reverse());
    const stageOf = (touchpoint: string) => stages.get(touchpoint);
    const bound = bindingsByMetric(input);
    const flowName = (flow: { flow: string; flowTitle?: string; persona?: string; segment?: string }) => flow.flowTitle ?? title(flow.persona ?? flow.segment ?? flow.flow);
    const curveOrder = (curve: EmotionCurve) => {
        if (curve.order === 'text') {
            return 'in the order of the map';
        }
        const flow = model.flows.find(f => f.id === curve.flow);
        const off = curve.offPath.length === 0 ? '' : `; off the flow, not joined: ${curve.offPath.map(point => point.title).join(', ')}`;
        return `along the flow ${flow ? flowName({ flow: flow.id, flowTitle: flow.title, persona: flow.persona, segment: flow.segment }) : curve.flow}${off}`;
    };
    return [
        {
            id: 'fix-first', title: 'Fix first',
            intro: 'Pain points ranked by severity weight (abandon 3, workaround 2, trivial 1) x personas affected x the share of the funnel '
                + 'reaching them (all, when no funnel does) x how negative the feeling there is (1 at the scale\'s middle or above, up to 2 at its '
                + 'bottom); for each, the opportunities that address it, quick wins first.',
            tables: [{
                columns: ['#', 'Pain point', 'Where', 'Score', 'Why', 'Do first'],
                rows: analysis.fixFirst.map((entry, rank) => [
                    cell(String(rank + 1)), cell(entry.title), cell(where(entry.location)), cell(numberText(entry.score)), cell(entry.why),
                    entry.opportunities.length > 0
                        ? cell(entry.opportunities.map(o => `${o.title} (${quadrantText[o.quadrant].toLowerCase()})`).join(', '))
                        : cell('nothing yet', 'bad')
                ]),
                empty: 'No pain points.'
            }]
        },
        {
            id: 'freshness', title: 'Freshness',
            intro: 'When the map was last reviewed and when it is due again.',
            tables: [{
                columns: ['Status', 'Last reviewed', 'Cadence', 'Next review due', 'Days left'],
                rows: [[
                    cell(fresh.status, fresh.status === 'fresh' ? 'good' : 'bad'), cell(fresh.reviewed ?? 'never'),
                    cell(`${cadenceText(fresh.cadence)}${fresh.cadenceDefaulted ? ' (default)' : ''}`),
                    cell(fresh.due), cell(numberText(fresh.daysLeft))
                ]],
                empty: ''
            }]
        },
        {
            id: 'emotions', title: 'Emotion curves',
            intro: `Scores on the map's scale ${model.scale.min} .. ${model.scale.max}: the troughs (deepest first) and the steepest drops between consecutive touchpoints. `
                + 'A persona with a flow is followed along it (where it splits, the branch most people take; on a tie, the step written first), and '
                + 'feelings at touchpoints off that path are not joined to the curve; without a flow, touchpoints follow the order of the map.',
            tables: analysis.emotionCurves.flatMap(curve => [
                {
                    caption: `${title(curve.persona)}: troughs (mean feeling ${numberText(curve.average)}; ${curveOrder(curve)})`,
                    columns: ['Touchpoint', 'Stage', 'Score', 'Feeling'],
                    rows: curve.troughs.map(point => [cell(point.title), cell(title(point.stage)), cell(numberText(point.score), 'bad'), cell(point.word)]),
                    empty: 'No trough: the curve never dips.'
                },
                {
                    caption: `${title(curve.persona)}: steepest drops`,
                    columns: ['From', 'To', 'Fall'],
                    rows: curve.drops.map(drop => [cell(`${drop.from.title} (${numberText(drop.from.score)})`), cell(`${drop.to.title} (${numberText(drop.to.score)})`),
                        cell(numberText(drop.fall), 'bad')]),
                    empty: 'No drop: the curve never falls.'
                }
            ])
        },
        {
            id: 'segments', title: 'Segments compared',
            intro: `How each segment feels at the touchpoints where two or more feel something, on the map's scale ${model.scale.min} .. ${model.scale.max}, `
                + `in the order of the map: the spread (highest minus lowest), and where one segment is hurt (below the scale's middle, `
                + `${numberText(analysis.segments.middle)}) by what helps another (above it): improvements that serve one group must not harm another.`,
            tables: [{
                columns: ['Touchpoint', 'Stage', ...analysis.segments.segments.map(title), 'Spread', 'Helps / hurts'],
                rows: analysis.segments.moments.map(moment => [
                    cell(moment.title), cell(title(moment.stage)),
                    ...analysis.segments.segments.map(segment => {
                        const feeling = moment.feelings.find(f => f.segment === segment);
                        return feeling ? cell(`${numberText(feeling.score)}${feeling.word ? ` (${feeling.word})` : ''}`, feeling.score < analysis.segments.middle ? 'bad' : undefined) : cell('', 'muted');
                    }),
                    cell(numberText(moment.spread)),
                    cell([moment.helped.length > 0 ? `helps ${moment.helped.map(title).join(', ')}` : '', moment.hurt.length > 0 ? `hurts ${moment.hurt.map(title).join(', ')}` : '']
                        .filter(Boolean).join('; '), moment.helped.length > 0 && moment.hurt.length > 0 ? 'bad' : moment.hurt.length > 0 ? 'warn' : 'muted')
                ]),
                empty: analysis.segments.segments.length === 0 ? 'No segment feels anything on this map.' : 'No touchpoint where two segments feel something.'
            }]
        },
        {
            id: 'pains', title: 'Pain points',
            intro: 'Ranked by severity (abandon, workaround, trivial), then by how many personas they affect.',
            tables: [{
                columns: ['Pain point', 'Severity', 'Where', 'Personas', 'Addressed by'],
                rows: analysis.pains.map(pain => [
                    cell(pain.title), cell(pain.severity ?? 'not rated', pain.severity ? severityTone[pain.severity] : 'muted'), cell(where(pain.location)),
                    cell(`${pain.reach}: ${pain.affects.map(title).join(', ')}`),
                    pain.addressed ? cell(pain.opportunities.map(title).join(', ')) : cell('nothing yet', 'bad')
                ]),
                empty: 'No pain points.'
            }]
        },
        {
            id: 'opportunities', title: 'Impact / effort',
            intro: 'Quick wins first; money pits (high effort for less than high impact) are flagged.',
            tables: [{
                columns: ['Opportunity', 'Quadrant', 'Impact', 'Effort', 'Solves', 'Owner', 'Due', 'Status'],
                rows: analysis.opportunities.map(o => [
                    cell(o.title), cell(quadrantText[o.quadrant], quadrantTone[o.quadrant]), cell(o.impact), cell(o.effort),
                    cell(o.solves.map(title).join(', ')), o.owner ? cell(o.owner.title) : cell('nobody', 'warn'), cell(o.due), cell(o.status)
                ]),
                empty: 'No opportunities.'
            }]
        },
        {
            id: 'experiments', title: 'Experiments',
            intro: 'Each experiment with its success threshold and what it observed (a % is a relative change of the metric, a plain '
                + 'number the level it reaches), and whether its status agrees.',
            tables: [{
                columns: ['Experiment', 'For', 'Metric', 'Kind', 'Status', 'Threshold', 'Observed', 'Verdict', 'Result'],
                rows: analysis.experiments.map(e => [
                    cell(e.title), cell(title(e.opportunity)), cell(title(e.metric)), cell(e.kind),
                    cell(e.status, e.status === 'won' ? 'good' : e.status === 'lost' ? 'muted' : undefined),
                    cell(measureWords(e.expected)), cell(measureWords(e.observed)), verdictCell(e), cell(e.result)
                ]),
                empty: 'No experiments.'
            }]
        },
        {
            id: 'metrics', title: 'Metrics against targets',
            intro: 'Off target first (those on a funnel by the share of starters reaching them, then the others by relative gap), then metrics not measured yet or without target, then those met. Only a current '
                + 'value is judged; a baseline alone is not a measurement of now. Which direction is better is as written, else inferred from '
                + 'baseline and target; gaps of % metrics are in percentage points. Before and after: from the baseline to the current '
                + 'value, or to the projected one; a projected value beside a current one is shown after it.'
                + (input.bindings.length > 0 ? ' Values marked "from data" were read from data files when the report was made, not from the map.' : ''),
            tables: [{
                columns: ['Metric', 'Where', 'Value', 'Target', 'Better', 'Gap to target', 'Status', 'Before and after'],
                rows: analysis.metrics.map(m => [
                    cell(m.title), cell(m.channel ? `${m.channel.title} (channel)` : where(m.location)),
                    m.value === undefined && m.target !== undefined ? cell('not measured yet', 'muted') : cell(withUnit(m.value, m.unit) + dataMarker(bound.get(m.name))),
                    cell(withUnit(m.target, m.unit)),
                    m.better === undefined ? cell(m.target === undefined ? '' : 'not said', m.target === undefined ? undefined : 'warn') : cell(m.better + (m.betterInferred ? ` (${inferenceWords(m.betterInferred)})` : '')),
                    cell(m.status === 'no-data' ? baselineGapText(m.baseline, m.baselineGap, m.unit) : gapText(m.gap, m.relativeGap, m.unit)),
                    cell(statusWords[m.status], statusTone[m.status]),
                    cell([changeText(m.change, m.unit), m.projected !== undefined && m.change?.kind !== 'projected' ? `projected ${withUnit(m.projected, m.unit)}` : '']
                        .filter(Boolean).join('; '))
                ]),
                empty: 'No metrics.'
            }]
        },
        {
            id: 'moments', title: 'Moments of truth',
            intro: 'Scorecards (1..5), weakest first.',
            tables: [{
                columns: ['Touchpoint', 'Mean score', 'Scorecard', 'Weakest', 'Risk', 'Smallest improvement', 'Metrics'],
                rows: analysis.momentsOfTruth.map(m => [
                    cell(m.title), cell(numberText(m.average), m.average !== undefined && m.average < 3 ? 'bad' : undefined),
                    cell(m.scores.map(score => `${score.criterion} ${score.value}`).join(', ')), cell(m.weakest.join(', ')),
                    cell(m.risk), cell(m.improvement),
                    m.metrics.length > 0 ? cell(m.metrics.map(metric => `${title(metric.name)} (${statusWords[metric.status]})`).join(', ')) : cell('none', 'warn')
                ]),
                empty: 'No moments of truth.'
            }]
        },
        {
            id: 'funnels', title: 'Funnels',
            intro: 'Of the people who start each flow with shares, how many reach each touchpoint, and how many finish. Shares compound '
                + 'along the way; steps without a share split what the others leave; a step back adds nobody.',
            tables: analysis.funnels.map(funnel => ({
                caption: `${flowName(funnel)}: ${numberText(funnel.completion)}% of those who start finish`,
                columns: ['Touchpoint', 'Stage', 'Reached'],
                rows: funnel.steps.map(step => [
                    cell(title(step.touchpoint)), cell(title(stageOf(step.touchpoint))),
                    { text: `${numberText(step.reached)}%`, bar: step.reached }
                ]),
                empty: 'The flow has no touchpoints.'
            }))
        },
        {
            id: 'flows', title: 'Drop-off along the flows',
            intro: 'Where people leave, biggest share first, and the touchpoints no flow passes through.',
            tables: [
                {
                    columns: ['Leaves at', 'Share', 'Flow', 'Why'],
                    rows: analysis.dropOffs.map(drop => [
                        cell(drop.title), cell(drop.share === undefined ? 'unknown' : `${numberText(drop.share)}%`, 'bad'),
                        cell(flowName(drop)), cell(drop.label)
                    ]),
                    empty: 'No drop-off recorded.'
                },
                {
                    caption: 'Touchpoints no flow reaches',
                    columns: ['Touchpoint', 'Stage'],
                    rows: analysis.unreachedTouchpoints.map(touchpoint => [cell(touchpoint.title, 'warn'), cell(title(touchpoint.stage))]),
                    empty: model.flows.length === 0 ? 'The map has no flows.' : 'Every touchpoint is on a flow.'
                }
            ]
        },
        {
            id: 'coverage', title: 'Persona x stage coverage',
            intro: 'Touchpoints where the persona\'s feeling is recorded, out of the stage\'s touchpoints, and the pain points affecting the persona there.',
            tables: [{
                columns: ['Persona', ...model.stages.map(stage => stage.title)],
                rows: analysis.coverage.map(row => [
                    cell(row.title),
                    ...row.cells.map(c => cell(`${c.felt}/${c.touchpoints}${c.pains > 0 ? `, ${c.pains} pain${c.pains === 1 ? '' : 's'}` : ''}`,
                        c.felt === 0 && c.pains === 0 ? 'muted' : c.pains > 0 ? 'warn' : undefined))
                ]),
                empty: 'No personas.'
            }]
        },
        {
            id: 'channels', title: 'Channel mix',
            intro: 'Touchpoints per channel, with the mean feeling there. A touchpoint reached through several channels counts in each, so the shares may add up to more than 100%.',
            tables: [{
                columns: ['Channel', 'Kind', 'Touchpoints', 'Share', 'Mean feeling'],
                rows: analysis.channels.map(share => [
                    share.channel ? cell(share.channel.title) : cell('no channel', 'warn'), cell(share.channel?.nature),
                    cell(String(share.touchpoints.length)), cell(`${numberText(share.share)}%`), cell(numberText(share.averageScore))
                ]),
                empty: 'No touchpoints.'
            }]
        },
        {
            id: 'channel-health', title: 'Channel health',
            intro: 'The metrics measured at a channel (metric ... at web), channels with off-target metrics first, beside the channel\'s touchpoints and the mean feeling there.',
            tables: [{
                columns: ['Channel', 'Metric', 'Value', 'Target', 'Status', 'Gap to target', 'Touchpoints', 'Mean feeling'],
                rows: analysis.channelHealth.flatMap(health => health.metrics.map(m => [
                    cell(health.channel.title), cell(m.title),
                    m.value === undefined && m.target !== undefined ? cell('not measured yet', 'muted') : cell(withUnit(m.value, m.unit) + dataMarker(bound.get(m.name))),
                    cell(withUnit(m.target, m.unit)), cell(statusWords[m.status], statusTone[m.status]),
                    cell(m.status === 'no-data' ? baselineGapText(m.baseline, m.baselineGap, m.unit) : gapText(m.gap, m.relativeGap, m.unit)),
                    cell(String(health.touchpoints.length)), cell(numberText(health.averageScore))
                ])),
                empty: 'No metric is measured at a channel.'
            }]
        },
        {
            id: 'diagnostics', title: 'Diagnostics',
            intro: `What journey check reports for ${input.file}.`,
            tables: [{
                columns: ['Line', 'Severity', 'Check', 'Message'],
                rows: input.findings.map(finding => [
                    cell(`${finding.line}:${finding.column}`), cell(finding.severity, findingTone[finding.severity]), cell(finding.code), cell(finding.message)
                ]),
                empty: 'No problems.'
            }]
        }
    ];
}

function verdictCell(result: ExperimentResult): Cell {
    if (result.meetsThreshold === undefined) {
        return { text: result.observed === undefined ? 'nothing observed yet' : 'cannot compare', tone: 'muted' };
    }
    const text = result.meetsThreshold ? 'reached the threshold' : 'missed the threshold';
    return result.mismatch ? { text: `${text}, but marked ${result.status}`, tone: 'bad' } : { text, tone: result.meetsThreshold ? 'good' : 'warn' };
}

/** `every quarter`, `every 8 weeks`: the unit in the singular for one, in the plural otherwise, however it was written. */
export function cadenceText(cadence: { readonly count: number; readonly unit: string }): string {
    const unit = cadence.unit.replace(/s$/, '');
    return cadence.count === 1 ? `every ${unit}` : `every ${cadence.count} ${unit}s`;
}

function withUnit(value: number | undefined, unit: string | undefined): string {
    return value === undefined ? '' : metricValueText(value, unit);
}

/** Says which value came from a data file, when it was measured and which file. */
function dataMarker(binding: MetricBinding | undefined): string {
    return binding ? ` (from data, ${binding.date}, ${binding.file})` : '';
}

function gapText(gap: number | undefined, relativeGap: number | undefined, unit: string | undefined): string {
    if (gap === undefined) {
        return '';
    }
    if (gap <= 0) {
        return gap === 0 ? 'on target' : `${amount(-gap, unit)} better`;
    }
    return `${amount(gap, unit)} to go${relativeGap === undefined ? '' : ` (${numberText(relativeGap)}% of the target)`}`;
}

/** Before and after: `100 -> 115, +15%`; `70% -> 68%, −2 points`; `40 -> 50 projected, +25%`. */
function changeText(change: MetricChange | undefined, unit: string | undefined): string {
    if (!change) {
        return '';
    }
    const sign = (value: number) => value > 0 ? '+' : '';
    const by = unit === '%' || change.relative === undefined
        ? `${sign(change.difference)}${amount(change.difference, unit)}`
        : `${sign(change.relative)}${numberText(change.relative)}%`;
    return `${withUnit(change.from, unit)} -> ${withUnit(change.to, unit)}${change.kind === 'projected' ? ' projected' : ''}, ${by}`;
}

/** For a metric not measured yet: how far its baseline was from the target. */
function baselineGapText(baseline: number | undefined, gap: number | undefined, unit: string | undefined): string {
    if (baseline === undefined || gap === undefined) {
        return '';
    }
    return `from the baseline ${withUnit(baseline, unit)}: ${gap <= 0 ? (gap === 0 ? 'on target' : `${amount(-gap, unit)} better`) : `${amount(gap, unit)} to go`}`;
}

/** A difference between two values: percentage points for a `%` metric ("26 points"), else the value with its unit. */
export function amount(difference: number, unit: string | undefined): string {
    return unit === '%' ? `${numberText(difference)} ${Math.abs(difference) === 1 ? 'point' : 'points'}` : withUnit(difference, unit);
}
