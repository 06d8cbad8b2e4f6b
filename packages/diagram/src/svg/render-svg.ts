import type { DiagramElement } from '../graph/diagram-graph.js';
import type {
    Line, PlacedEdge, PlacedEmotionLane, PlacedMetric, PlacedPain, PlacedStage, PlacedTextLane, Point, PositionedDiagram, Rect
} from '../layout/positioned-diagram.js';
import { textPartRoles } from '../layout/place-text-item.js';
import { dimensions } from '../layout/dimensions.js';
import { blockHeight, textLines } from '../layout/text-lines.js';
import { lineHeight } from '../text/measure-text.js';
import { typography, type TextRole } from '../text/typography.js';
import { folderOf, relativeUri } from './source-uri.js';
import { styleSheet, type ColourMode } from './style-sheet.js';
import { personaToken, type ThemeName } from './theme.js';
import { element, num, xmlText, type Attributes } from './xml.js';
import { signedScore } from '@journey-maps/language/model';

export interface SvgOptions {
    readonly theme?: ThemeName;
    readonly colours?: ColourMode;
    /**
     * The folder (a URI) the SVG names files relative to, in `data-uri`: the workspace's root, say. By default
     * the map's own folder. Either way the same maps give the same SVG wherever they are.
     */
    readonly sourceRoot?: string;
}

/**
 * The placed diagram as an SVG document. Every element shown carries `data-id` and `data-range` (0-based
 * `line:character-line:character` in the map's file, `data-uri` on the root; elements from another file,
 * such as personas, carry their own `data-uri`). Files are named relative to `sourceRoot`.
 */
export function renderSvg(diagram: PositionedDiagram, options: SvgOptions = {}): string {
    const { graph } = diagram;
    const root = options.sourceRoot ?? folderOf(graph.uri);
    const source = (item: DiagramElement): Attributes => {
        const { start, end, uri } = item.range;
        return {
            'data-id': item.id,
            'data-range': `${start.line}:${start.character}-${end.line}:${end.character}`,
            'data-uri': uri === graph.uri ? undefined : relativeUri(uri, root)
        };
    };
    const theme = options.theme ?? 'light';
    const body = [
        element('title', {}, xmlText(graph.header.title)),
        element('style', {}, styleSheet(theme, options.colours ?? 'variables')),
        rect({ x: 0, y: 0, width: diagram.width, height: diagram.height }, { class: 'jm-bg' }),
        stageColumns(diagram.stages),
        lanes(diagram),
        element('g', { class: 'jm-header', ...source(graph.header) }, texts(diagram.header.titleLines, 'title') + texts(diagram.header.factLines, 'subtitle', 'jm-muted')),
        diagram.stages.map(stage => element('g', { class: 'jm-stage', ...source(stage) }, stageBand(stage))).join(''),
        diagram.boxes.map(box => box.kind === 'slot' ? '' : element('g', { class: `jm-${box.kind}`, ...source(box) }, box.kind === 'card' ? card(box) : drop(box))).join(''),
        diagram.edges.map(edge => element('g', { class: 'jm-flow', 'data-flow': edge.flow, ...source(edge) }, flowEdge(edge))).join(''),
        diagram.emotions ? emotionLane(diagram.emotions, source) : '',
        diagram.pains.map(pain => element('g', { class: 'jm-pain', 'data-severity': pain.severity, ...source(pain) }, painCard(pain, source))).join(''),
        diagram.metrics.map(metric => element('g', { class: 'jm-metric-badge', 'data-status': metric.status, ...source(metric) }, metricBadge(metric))).join(''),
        diagram.textLanes.map(lane => textLane(lane, source)).join('')
    ].join('\n');
    return element('svg', {
        ...source(graph.header),
        xmlns: 'http://www.w3.org/2000/svg',
        class: `journey-map jm-theme-${theme}`,
        width: diagram.width,
        height: diagram.height,
        viewBox: `0 0 ${num(diagram.width)} ${num(diagram.height)}`,
        role: 'img',
        'data-uri': relativeUri(graph.uri, root)
    }, `\n${body}\n`) + '\n';
}

function rect(r: Rect, attributes: Attributes = {}): string {
    return element('rect', { x: r.x, y: r.y, width: r.width, height: r.height, ...attributes });
}

function texts(lines: readonly Line[], role: TextRole, className?: string): string {
    return lines.map(line => element('text', { class: className ? `t-${role} ${className}` : `t-${role}`, x: line.x, y: line.y }, xmlText(line.text))).join('');
}

function stageColumns(stages: readonly PlacedStage[]): string {
    const top = stages.filter(stage => stage.depth === 0).map((stage, i) => rect(stage.rect, { class: i % 2 === 0 ? 'jm-column-a' : 'jm-column-b' }));
    const borders = stages.flatMap(stage => stage.border ? [segment(stage.border, { class: 'jm-grid', 'stroke-dasharray': '4 4' })] : []);
    return element('g', { class: 'jm-columns' }, [...top, ...borders].join(''));
}

function segment([a, b]: readonly [Point, Point], attributes: Attributes): string {
    return element('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, ...attributes });
}

function stageBand(stage: PlacedStage): string {
    const top = stage.depth === 0;
    return rect(stage.band, { rx: 6, class: top ? 'jm-stage-band' : 'jm-substage-band' })
        + texts(stage.titleLines, top ? 'stage' : 'subStage', top ? 'jm-stage-text' : 'jm-substage-text');
}

function lanes(diagram: PositionedDiagram): string {
    return element('g', { class: 'jm-lanes' }, diagram.lanes.map(lane => {
        const separator = lane.line
            ? element('line', { x1: lane.rect.x, y1: lane.rect.y, x2: lane.rect.x + lane.rect.width, y2: lane.rect.y, class: 'jm-blueprint-line', 'stroke-width': 1.5, 'stroke-dasharray': '8 4' })
            : lane.separator ? segment(lane.separator, { class: 'jm-grid' }) : '';
        const line = lane.line ? rect(lane.line.label, { rx: 3, class: 'jm-blueprint-label' }) + texts([lane.line.nameLine], 'tag', 'jm-blueprint-text') : '';
        return separator + rect(lane.nameBand, { rx: 4, class: 'jm-lane-band' }) + texts(lane.nameLines, 'laneName', 'jm-muted') + line;
    }).join(''));
}

function card(box: Extract<PositionedDiagram['boxes'][number], { kind: 'card' }>): string {
    const { rect: r } = box;
    const x = r.x + dimensions.cardPadding;
    const classes = ['jm-card', box.backstage ? 'jm-backstage' : '', box.moment ? 'jm-moment' : ''].filter(Boolean).join(' ');
    const tags = [box.moment ? '★ MOMENT OF TRUTH' : '', box.indirect ? 'INDIRECT' : '', box.backstage ? 'BACKSTAGE' : ''].filter(Boolean);
    let top = r.y + dimensions.cardPadding;
    const parts = [rect(r, { rx: 8, class: classes, 'stroke-width': box.moment ? 2 : 1, 'stroke-dasharray': box.indirect ? '5 3' : undefined })];
    if (tags.length > 0) {
        parts.push(texts(textLines([tags.join(' · ')], typography.tag, x, top), 'tag', box.moment ? 'jm-moment-text' : 'jm-muted'));
        top += lineHeight(typography.tag) + 4;
    }
    parts.push(texts(textLines(box.titleLines, typography.cardTitle, x, top), 'cardTitle'));
    top += blockHeight(box.titleLines.length, typography.cardTitle) + 6;
    parts.push(texts(textLines(box.detailLines, typography.detail, x, top), 'detail', 'jm-muted'));
    return parts.join('');
}

function drop(box: Extract<PositionedDiagram['boxes'][number], { kind: 'drop' }>): string {
    const { rect: r } = box;
    return rect(r, { rx: r.height / 2, class: 'jm-drop' })
        + element('text', { class: 't-tag jm-drop-text', x: r.x + 10, y: r.y + r.height / 2 + 3.5 }, xmlText(box.text));
}

function flowEdge(edge: PlacedEdge): string {
    const d = edge.points.map((p: Point, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join('');
    const persona = edge.persona === undefined ? undefined : personaToken(edge.persona);
    const stroke = edge.drop ? 'jm-drop-edge' : persona ? `jm-${persona}` : '';
    const head = edge.drop ? 'jm-drop-arrow' : persona ? `jm-${persona}-fill` : 'jm-arrow';
    const path = element('path', { d, class: `jm-edge ${stroke}`.trim(), 'stroke-width': 1.5, 'stroke-dasharray': edge.backtrack ? '6 4' : undefined })
        + element('path', { d: arrowHead(edge.points), class: head });
    if (!edge.label) {
        return path;
    }
    const leader = edge.label.leader ? element('path', { d: edge.label.leader.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(''), class: 'jm-edge', 'stroke-dasharray': '1 3' }) : '';
    return path + leader + rect(edge.label.rect, { rx: 3, class: 'jm-label-bg', opacity: 0.9 }) + texts(edge.label.lines, 'label', 'jm-muted');
}

/** A filled arrowhead at the end of the route, pointing along its last segment (drawn, not a marker: resvg). */
function arrowHead(points: readonly Point[]): string {
    const tip = points[points.length - 1];
    const from = points[points.length - 2] ?? tip;
    const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
    const [dx, dy] = [(tip.x - from.x) / length, (tip.y - from.y) / length];
    const [bx, by] = [tip.x - dx * 8, tip.y - dy * 8];
    return `M${num(tip.x)},${num(tip.y)}L${num(bx - dy * 4)},${num(by + dx * 4)}L${num(bx + dy * 4)},${num(by - dx * 4)}z`;
}

function emotionLane(lane: PlacedEmotionLane, source: (item: DiagramElement) => Attributes): string {
    const grid = lane.grid.map(({ score, line, label }) =>
        segment(line, { class: 'jm-grid', 'stroke-dasharray': score === 0 ? undefined : '2 4' })
        + element('text', { class: 't-label jm-muted', x: label.x, y: label.y }, xmlText(signedScore(score))));
    const curves = lane.curves.map(curve => {
        const token = personaToken(curve.colour);
        const legend = element('line', { x1: curve.legend.x, y1: curve.legend.y + 8, x2: curve.legend.x + 14, y2: curve.legend.y + 8, class: `jm-${token}`, 'stroke-width': 3 })
            + texts(curve.legendLines, 'detail');
        const points = [...curve.points, ...curve.offPath].map(point => element('g', { class: 'jm-emotion', 'data-score': point.score, ...source(point) },
            element('circle', { cx: point.x, cy: point.y, r: dimensions.emotionPointRadius, class: `jm-${token}-fill` })
            + (point.wordLine ? texts([point.wordLine], 'label') : '')
            + (point.wordLine && point.word !== undefined && point.wordLine.text !== point.word ? element('title', {}, xmlText(point.word)) : '')));
        return element('g', { class: 'jm-curve', 'data-persona': curve.persona, ...source(curve) },
            legend + element('path', { d: smoothPath(curve.points, lane.axis), class: `jm-edge jm-${token}`, 'stroke-width': 2.5 }) + points.join(''));
    });
    return element('g', { class: 'jm-emotions' }, grid.join('') + curves.join(''));
}

/** A curve through the points, level at each point (flat across the scale's `axis`), so it never overshoots a score. */
function smoothPath(points: readonly Point[], axis: 'x' | 'y'): string {
    return points.map((p, i) => {
        if (i === 0) {
            return `M${num(p.x)},${num(p.y)}`;
        }
        const prev = points[i - 1];
        if (axis === 'x') {
            const mid = (prev.y + p.y) / 2;
            return `C${num(prev.x)},${num(mid)} ${num(p.x)},${num(mid)} ${num(p.x)},${num(p.y)}`;
        }
        const mid = (prev.x + p.x) / 2;
        return `C${num(mid)},${num(prev.y)} ${num(mid)},${num(p.y)} ${num(p.x)},${num(p.y)}`;
    }).join('');
}

function painCard(pain: PlacedPain, source: (item: DiagramElement) => Attributes): string {
    const opportunities = pain.opportunities.map(opportunity => element('g', { class: 'jm-opportunity-item', ...source(opportunity) },
        rect(opportunity.rect, { rx: 4, class: 'jm-opportunity' })
        + rect({ ...opportunity.rect, width: 3 }, { class: 'jm-opportunity-mark' })
        + texts(opportunity.lines, 'label')
        + texts(opportunity.factLines, 'detail', 'jm-muted')));
    return rect(pain.rect, { rx: 6, class: `jm-${pain.severity}` })
        + texts([pain.tagLine], 'tag', `jm-${pain.severity}-text`)
        + texts(pain.titleLines, 'itemTitle')
        + opportunities.join('');
}

/** A text lane: each item a box of its texts, in the lane's colours (and its tone's, such as an experiment's status). */
function textLane(lane: PlacedTextLane, source: (item: DiagramElement) => Attributes): string {
    const items = lane.items.map(item => element('g', { class: 'jm-note-item', 'data-tone': item.tone, ...source(item) },
        rect(item.rect, { rx: 6, class: ['jm-note', `jm-note-${lane.lane}`, item.tone ? `jm-note-${item.tone}` : ''].filter(Boolean).join(' ') })
        + item.lines.map(line => texts([line], textPartRoles[line.style], noteTextClasses[line.style])).join('')));
    return element('g', { class: 'jm-text-lane', 'data-lane': lane.lane }, items.join(''));
}

const noteTextClasses: Record<PlacedTextLane['items'][number]['lines'][number]['style'], string | undefined> = {
    tag: 'jm-muted', title: undefined, text: undefined, quote: 'jm-quote', muted: 'jm-muted'
};

function metricBadge(metric: PlacedMetric): string {
    return rect(metric.rect, { rx: 6, class: 'jm-metric' })
        + rect({ ...metric.rect, width: 5 }, { class: `jm-${metric.status}` })
        + texts(metric.titleLines, 'itemTitle')
        + texts(metric.valueLines, 'detail', 'jm-muted');
}
