import { fontMetrics } from '../text/font-metrics.js';
import { cssWeight } from '../text/inter-font.js';
import { typography } from '../text/typography.js';
import { embeddedFamily } from './embedded-font.js';
import { personaColours, personaToken, themes, type ColourToken, type ThemeName } from './theme.js';

/**
 * `variables`: colours as `var(--jm-...)` with the theme's values declared on the diagram, for hosts that
 * restyle it; `fixed`: the theme's colours written out, for renderers without custom properties (resvg).
 */
export type ColourMode = 'variables' | 'fixed';

type Rule = Record<string, ColourToken | `=${string}`>;

const rules: Record<string, Rule> = {
    '.jm-bg': { fill: 'bg' },
    // Never outlined: a group shares its shape's class (a card, a drop), whose stroke its texts would inherit.
    'text': { fill: 'text', stroke: '=none' },
    '.jm-muted': { fill: 'muted' },
    '.jm-grid': { stroke: 'grid' },
    '.jm-column-a': { fill: 'column-a', stroke: 'column-line' },
    '.jm-column-b': { fill: 'column-b', stroke: 'column-line' },
    '.jm-stage-band': { fill: 'stage-band' },
    '.jm-stage-text': { fill: 'stage-text' },
    '.jm-substage-band': { fill: 'substage-band' },
    '.jm-substage-text': { fill: 'substage-text' },
    '.jm-lane-band': { fill: 'lane-band' },
    '.jm-card': { fill: 'card-bg', stroke: 'card-border' },
    '.jm-backstage': { fill: 'backstage-bg' },
    '.jm-moment': { stroke: 'moment' },
    '.jm-moment-text': { fill: 'moment' },
    '.jm-edge': { stroke: 'edge', fill: '=none' },
    '.jm-arrow': { fill: 'edge' },
    '.jm-label-bg': { fill: 'label-bg' },
    '.jm-drop': { fill: 'drop-bg', stroke: 'drop' },
    '.jm-drop-edge': { stroke: 'drop' },
    '.jm-drop-arrow': { fill: 'drop' },
    '.jm-drop-text': { fill: 'drop' },
    '.jm-abandon': { fill: 'abandon-bg', stroke: 'abandon' },
    '.jm-abandon-text': { fill: 'abandon' },
    '.jm-workaround': { fill: 'workaround-bg', stroke: 'workaround' },
    '.jm-workaround-text': { fill: 'workaround' },
    '.jm-trivial, .jm-unknown': { fill: 'trivial-bg', stroke: 'trivial' },
    '.jm-trivial-text, .jm-unknown-text': { fill: 'trivial' },
    '.jm-opportunity': { fill: 'opportunity-bg' },
    '.jm-opportunity-mark': { fill: 'opportunity' },
    '.jm-metric': { fill: 'card-bg', stroke: 'card-border' },
    '.jm-note': { fill: 'card-bg', stroke: 'grid' },
    '.jm-note-goals': { fill: 'substage-band', stroke: '=none' },
    '.jm-note-says, .jm-note-thinks': { fill: 'label-bg' },
    '.jm-quote': { fill: 'quote' },
    '.jm-note-backstage, .jm-note-support': { fill: 'backstage-bg' },
    '.jm-note-evidence': { stroke: 'card-border', 'stroke-dasharray': '=3 3' },
    '.jm-note-experiments': { fill: 'opportunity-bg', stroke: 'opportunity' },
    '.jm-note-won': { stroke: 'met' },
    '.jm-note-lost': { stroke: 'off-target' },
    '.jm-blueprint-line': { stroke: 'blueprint' },
    '.jm-blueprint-label': { fill: 'bg', stroke: 'blueprint' },
    '.jm-blueprint-text': { fill: 'blueprint' },
    '.jm-met': { fill: 'met' },
    '.jm-off-target': { fill: 'off-target' },
    '.jm-no-data, .jm-no-target': { fill: 'no-data' },
    ...Object.fromEntries(Array.from({ length: personaColours }, (_, i) => personaToken(i)).flatMap(token => [
        [`.jm-${token}`, { stroke: token }],
        [`.jm-${token}-fill`, { fill: token }]
    ]))
};

export function styleSheet(theme: ThemeName, mode: ColourMode): string {
    const colours = themes[theme];
    const value = (v: ColourToken | `=${string}`) => v.startsWith('=') ? v.slice(1) : mode === 'fixed' ? colours[v as ColourToken] : `var(--jm-${v})`;
    const variables = mode === 'variables'
        ? [`.journey-map{${Object.entries(colours).map(([name, colour]) => `--jm-${name}:${colour}`).join(';')}}`]
        : [];
    const text = Object.entries(typography).map(([role, style]) => `.t-${role}{font-size:${style.size}px;font-weight:${cssWeight(style.weight)}}`);
    const colour = Object.entries(rules).map(([selector, rule]) => `${selector}{${Object.entries(rule).map(([prop, v]) => `${prop}:${value(v)}`).join(';')}}`);
    return [...variables, `.journey-map{font-family:'${embeddedFamily}',${fontMetrics.family},sans-serif}`, ...text, ...colour].join('\n');
}
