import type { TextStyle } from './measure-text.js';

/** Every text style of the diagram: measured by the layout, written as classes by the SVG. */
export const typography = {
    title: { size: 22, weight: 'bold' },
    subtitle: { size: 13, weight: 'regular' },
    stage: { size: 14, weight: 'bold' },
    subStage: { size: 12, weight: 'bold' },
    laneName: { size: 12, weight: 'bold' },
    cardTitle: { size: 13, weight: 'bold' },
    detail: { size: 11, weight: 'regular' },
    label: { size: 11, weight: 'regular' },
    itemTitle: { size: 12, weight: 'bold' },
    tag: { size: 10, weight: 'bold' }
} as const satisfies Record<string, TextStyle>;

export type TextRole = keyof typeof typography;
