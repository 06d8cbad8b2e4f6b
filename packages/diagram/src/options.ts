/** The lanes a diagram can leave out, around the touchpoints and flows (which are always shown). */
export type Lane =
    | 'goals' | 'does' | 'thinks' | 'says' | 'evidence'
    | 'emotions' | 'pains' | 'experiments' | 'metrics'
    | 'backstage' | 'support';

/** Top to bottom, as drawn: the touchpoints and flows come between `evidence` and `emotions`. */
export const lanes: readonly Lane[] = ['goals', 'does', 'thinks', 'says', 'evidence', 'emotions', 'pains', 'experiments', 'metrics', 'backstage', 'support'];

/**
 * Which way the journey runs: `right`, stages side by side and lanes as rows (a wall chart); `down`, stages one
 * under another and lanes as columns, so any number of touchpoints keeps the same width (a document).
 */
export type Direction = 'right' | 'down';

export const directions: readonly Direction[] = ['right', 'down'];

export interface DiagramOptions {
    /** Only these personas' emotion curves and flows (flows without a persona are always shown); all when empty. */
    readonly personas?: readonly string[];
    readonly hideLanes?: readonly Lane[];
    /** Narrower: sub-stages collapsed into their stage, and (direction right) alternatives stacked in one column. */
    readonly compact?: boolean;
    /** `right` by default. */
    readonly direction?: Direction;
}

export interface ResolvedOptions {
    readonly personas: ReadonlySet<string> | undefined;
    readonly lanes: ReadonlySet<Lane>;
    readonly compact: boolean;
    readonly direction: Direction;
}

export function resolveOptions(options: DiagramOptions = {}): ResolvedOptions {
    const hidden = new Set(options.hideLanes ?? []);
    return {
        personas: options.personas && options.personas.length > 0 ? new Set(options.personas) : undefined,
        lanes: new Set(lanes.filter(lane => !hidden.has(lane))),
        compact: options.compact ?? false,
        direction: options.direction ?? 'right'
    };
}
