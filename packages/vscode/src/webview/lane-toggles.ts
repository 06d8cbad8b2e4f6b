// The toolbar's lane toggles: one for each lane the diagram draws, and one for each lane the options hide, so that
// a hidden lane can be shown again. A lane the map has nothing for gets none.
import type { Lane, PreviewDiagram, PreviewOptions } from '../protocol/webview.js';

/** Each lane's title on its toggle, in the diagram's order of lanes. */
const laneTitles: Record<Lane, string> = {
    goals: 'Goals and questions', does: 'Does', thinks: 'Thinks', says: 'Says', evidence: 'Physical evidence',
    emotions: 'Emotions', pains: 'Pain points', experiments: 'Experiments', metrics: 'Metrics', backstage: 'Backstage', support: 'Support'
};

export interface LaneToggle {
    readonly lane: Lane;
    readonly title: string;
    /** Ticked: the lane is drawn. */
    readonly shown: boolean;
}

/** The lane toggles for a diagram drawn with `options`, in the diagram's order of lanes. */
export function laneToggles(diagram: PreviewDiagram, options: PreviewOptions): LaneToggle[] {
    return (Object.keys(laneTitles) as Lane[])
        .filter(lane => diagram.lanes.includes(lane) || options.hideLanes.includes(lane))
        .map(lane => ({ lane, title: laneTitles[lane], shown: !options.hideLanes.includes(lane) }));
}
