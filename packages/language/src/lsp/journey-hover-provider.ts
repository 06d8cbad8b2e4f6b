import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { AstNode, MaybePromise } from 'langium';
import {
    isChannel, isExperiment, isJourney, isMetric, isOpportunity, isPain, isPersona, isSegment, isStage, isTeam, isTouchpoint,
    type Metric, type Pain, type Persona, type Touchpoint
} from '../generated/ast.js';
import { journeyOf } from '../model/ast-queries.js';
import { assessMetric, inferenceWords } from '../model/metric-status.js';
import { signedScore } from '../model/scale.js';
import { isUsableNumber, usableNumber } from '../model/number-limits.js';
import { markdownLines, markdownText } from '../text/markdown-text.js';
import { metricValueText } from '../text/metric-value.js';
import { numberText } from '../text/number-text.js';
import { typeWord } from '../text/type-words.js';

/**
 * Hovers show what a map writer needs without leaving the line: a persona's card, a touchpoint's
 * actions, thoughts, quotes, support, evidence, emotions, pains and metrics, a metric against its target, a pain's opportunities.
 */
export class JourneyHoverProvider extends AstNodeHoverProvider {
    constructor(services: LangiumServices) {
        super(services);
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isPersona(node)) return personaCard(node);
        if (isTouchpoint(node)) return touchpointCard(node);
        if (isMetric(node)) return metricCard(node);
        if (isPain(node)) return painCard(node);
        if (isOpportunity(node)) {
            return lines(heading(node.title, 'opportunity', node.name), text(node.description),
                fields([['impact', node.impact], ['effort', node.effort], ['owner', node.owner?.ref?.title ?? node.owner?.$refText],
                    ['due', node.due], ['status', node.status]]),
                list('Solves', node.solves.map(ref => md(ref?.ref?.title ?? ref?.$refText))));
        }
        if (isExperiment(node)) {
            return lines(heading(node.title, 'experiment', node.name), text(node.hypothesis),
                fields([['metric', node.metric?.$refText], ['expect', usableNumber(node.expected) !== undefined ? `${node.expected}${node.percent ? '%' : ''}` : undefined],
                    ['observed', usableNumber(node.observed) !== undefined ? `${node.observed}${node.observedPercent ? '%' : ''}` : undefined],
                    ['status', node.status], ['result', node.result]]));
        }
        if (isStage(node)) {
            return lines(heading(node.title, 'stage', node.name), node.goal ? `Customer goal: ${markdownLines(node.goal)}` : undefined,
                list('Expects', node.expectations.map(item)), list('Questions', node.questions.map(item)));
        }
        if (isJourney(node)) {
            return lines(heading(node.title, node.kind ? `${node.kind} journey` : 'journey', node.name), text(node.goal),
                fields([['owner', node.owner?.$refText], ['reviewed', node.reviewed], ['evidence', node.evidence]]));
        }
        if (isChannel(node)) return lines(heading(node.title, node.nature ? `${node.nature} channel` : 'channel', node.name));
        if (isTeam(node) || isSegment(node)) return lines(heading(node.title, typeWord(node.$type), node.name), text(node.description));
        return undefined;
    }
}

function personaCard(persona: Persona): string {
    return lines(
        heading(persona.title, 'persona', persona.name),
        text(persona.description),
        persona.quote ? `> ${markdownLines(persona.quote, '> ')}` : undefined,
        list('Goals', persona.goals.map(item)),
        list('Frustrations', persona.frustrations.map(item)),
        list('Motivations', persona.motivations.map(item)),
        list('Needs', persona.needs.map(item)),
        list('Requirements', persona.requirements.map(item)),
        list('Outcomes', persona.outcomes.map(item)),
        persona.segments.length > 0 ? `Segments: ${persona.segments.map(ref => markdownText(ref?.ref?.title ?? ref?.$refText ?? '')).join(', ')}` : undefined
    );
}

function touchpointCard(touchpoint: Touchpoint): string {
    const journey = journeyOf(touchpoint);
    const pains = journey?.pains.filter(pain => pain.location?.ref === touchpoint) ?? [];
    const metrics = journey?.metrics.filter(metric => metric.location?.ref === touchpoint) ?? [];
    return lines(
        heading(touchpoint.title, touchpoint.moment ? 'touchpoint, moment of truth' : 'touchpoint', touchpoint.name),
        fields([['channel', touchpoint.channels.map(ref => ref?.ref?.title ?? ref?.$refText).join(', ') || undefined], ['owner', touchpoint.owner?.ref?.title ?? touchpoint.owner?.$refText],
            ['reach', touchpoint.reach], ['lane', touchpoint.lane]]),
        list('Does', touchpoint.does.map(md)),
        list('Thinks', touchpoint.thinks.map(md)),
        list('Says', touchpoint.says.map(quote => `“${md(quote)}”`)),
        list('Support', touchpoint.support.map(md)),
        list('Physical evidence', touchpoint.artifacts.map(md)),
        list('Feels', touchpoint.emotions.filter(e => isUsableNumber(e.score)).map(e => `${e.who?.$refText ?? ''} ${signedScore(e.score)}${e.word ? ` "${md(e.word)}"` : ''}`)),
        list('Pain points', pains.map(pain => `${md(pain.title ?? pain.name)} (${pain.severity ?? 'no severity'})`)),
        list('Metrics', metrics.map(metricLine))
    );
}

function metricCard(metric: Metric): string {
    return lines(
        heading(metric.title, 'metric', metric.name),
        metricLine(metric),
        fields([['baseline', usableNumber(metric.baseline)], ['source', metric.source], ['measured', metric.measured],
            ['at', metric.location?.$refText]])
    );
}

function metricLine(metric: Metric): string {
    const withUnit = (value: number) => md(metricValueText(value, metric.unit));
    const name = md(metric.title ?? metric.name);
    const { status, value, gap, better, betterInferred } = assessMetric(metric);
    const direction = better === undefined ? 'which way is better is not said' : `${better} is better${betterInferred ? `, ${inferenceWords(betterInferred)}` : ''}`;
    const target = metric.target === undefined ? '' : withUnit(metric.target);
    switch (status) {
        case 'no-target': return `${name}: ${value === undefined ? 'no value' : withUnit(value)}, no target`;
        case 'no-data': return `${name}: not measured yet, target ${target} (${direction})`;
        case 'met': return `${name}: ${withUnit(value!)}, target ${target} met (${direction})`;
        case 'off-target': return `${name}: ${withUnit(value!)}, target ${target}, ${gapWords(gap!, metric.unit)} off (${direction})`;
    }
}

/** A gap as people read it: percentage points for a `%` metric ("26 points"), else the value with its unit. */
function gapWords(gap: number, unit: string | undefined): string {
    return unit === '%' ? md(`${numberText(gap)} ${gap === 1 ? 'point' : 'points'}`) : md(metricValueText(gap, unit));
}

function painCard(pain: Pain): string {
    const journey = journeyOf(pain);
    const opportunities = journey?.opportunities.filter(o => o.solves.some(ref => ref?.ref === pain)) ?? [];
    return lines(
        heading(pain.title, 'pain point', pain.name),
        fields([['severity', pain.severity], ['at', pain.location?.$refText], ['affects', pain.affects.map(ref => ref?.$refText).join(', ') || undefined]]),
        list('Evidence', pain.evidence.map(item)),
        opportunities.length > 0
            ? list('Addressed by', opportunities.map(o => `${md(o.title ?? o.name)}${o.status ? ` (${o.status})` : ''}`))
            : '_Not addressed by any opportunity yet._'
    );
}

function heading(title: string | undefined, kind: string, name: string | undefined): string {
    return `**${markdownText(title ?? name ?? '')}** · ${kind}${title && name ? ` \`${name}\`` : ''}`;
}

/** User text as a paragraph, its line breaks kept. */
function text(value: string | undefined): string | undefined {
    return value ? markdownLines(value) : undefined;
}

/** User text as an item of `list`, its line breaks kept inside the item. */
function item(value: string): string {
    return markdownLines(value, '  ');
}

function fields(entries: [string, string | number | undefined][]): string | undefined {
    const present = entries.filter(([, value]) => value !== undefined && value !== '');
    return present.length > 0 ? present.map(([key, value]) => `${key}: ${markdownText(String(value))}`).join(' · ') : undefined;
}

/** A bulleted list of items already in Markdown (user text escaped with `md`). */
function list(title: string, items: (string | undefined)[]): string | undefined {
    const present = items.filter((item): item is string => Boolean(item));
    return present.length > 0 ? `${title}:\n${present.map(item => `- ${item}`).join('\n')}` : undefined;
}

/** User text, made inert in Markdown. */
function md(value: string | undefined): string {
    return value ? markdownText(value) : '';
}

function lines(...parts: (string | undefined)[]): string {
    return parts.filter(Boolean).join('\n\n');
}
