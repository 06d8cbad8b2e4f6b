import { scaleMarks, signedScore, type CurveComparison, type EmotionScale } from '@journey-maps/language/model';
import { themes } from '../svg/theme.js';
import { element, num, xmlText } from '../svg/xml.js';
import { wrapText, type TextStyle } from '../text/measure-text.js';

const label: TextStyle = { size: 11, weight: 'regular' };
const heading: TextStyle = { size: 13, weight: 'bold' };
const step = 110;
const margin = { left: 48, right: 24, top: 44, bottom: 96 };
const plotHeight = 180;

/**
 * The emotion curves of two versions of a journey, overlaid: for each persona the earlier curve dashed and
 * the later one solid, over the touchpoints of both versions, on the later version's scale. A standalone
 * SVG with literal light-theme colours, for pull-request comments and reports.
 */
export function renderEmotionOverlay(curves: readonly CurveComparison[], scale: EmotionScale, title: string): string {
    const colours = themes.light;
    const touchpoints = [...new Map(curves.flatMap(curve => curve.points.map(point => [point.touchpoint, point.title] as const))).entries()];
    const width = margin.left + margin.right + Math.max(1, touchpoints.length) * step;
    const height = margin.top + plotHeight + margin.bottom;
    const column = new Map(touchpoints.map(([name], i) => [name, i]));
    const x = (touchpoint: string) => margin.left + step / 2 + (column.get(touchpoint) ?? -1) * step;
    const y = (score: number) => margin.top + plotHeight * (1 - (Math.min(scale.max, Math.max(scale.min, score)) - scale.min) / (scale.max - scale.min));
    const parts: string[] = [element('rect', { x: 0, y: 0, width, height, fill: colours.bg })];
    parts.push(element('text', { x: margin.left, y: 24, 'font-family': 'Inter, sans-serif', 'font-size': heading.size, 'font-weight': 600, fill: colours.text }, xmlText(title)));
    for (const score of scaleMarks(scale)) {
        parts.push(element('line', { x1: margin.left, x2: width - margin.right, y1: y(score), y2: y(score), stroke: colours.grid, 'stroke-width': score === 0 ? 1.5 : 0.75 }));
        parts.push(element('text', { x: margin.left - 8, y: y(score) + 4, 'text-anchor': 'end', 'font-family': 'Inter, sans-serif', 'font-size': label.size, fill: colours.muted }, signedScore(score)));
    }
    for (const [name, touchpointTitle] of touchpoints) {
        parts.push(element('text', {
            x: x(name), y: margin.top + plotHeight + 16, 'text-anchor': 'end', transform: `rotate(-35 ${num(x(name))} ${num(margin.top + plotHeight + 16)})`,
            'font-family': 'Inter, sans-serif', 'font-size': label.size, fill: colours.muted
        }, xmlText(wrapText(touchpointTitle, label, step * 1.2, 1)[0] ?? '')));
    }
    curves.forEach((curve, i) => {
        const colour = colours[`persona-${(i % 4) + 1}` as 'persona-1'];
        for (const side of ['before', 'after'] as const) {
            const points = curve.points.filter(point => point[side] !== undefined).map(point => `${num(x(point.touchpoint))},${num(y(point[side]!))}`);
            if (points.length > 0) {
                parts.push(element('polyline', {
                    points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': side === 'after' ? 2.5 : 1.5,
                    'stroke-dasharray': side === 'before' ? '5 4' : undefined, 'data-persona': curve.persona, 'data-version': side
                }));
            }
        }
        const legendX = margin.left + i * 200;
        const legendY = height - 18;
        parts.push(element('line', { x1: legendX, x2: legendX + 18, y1: legendY, y2: legendY, stroke: colour, 'stroke-width': 2.5 }));
        parts.push(element('line', { x1: legendX + 22, x2: legendX + 40, y1: legendY, y2: legendY, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' }));
        parts.push(element('text', { x: legendX + 46, y: legendY + 4, 'font-family': 'Inter, sans-serif', 'font-size': label.size, fill: colours.text }, xmlText(`${curve.persona}: now / before`)));
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img">${parts.join('')}</svg>\n`;
}
