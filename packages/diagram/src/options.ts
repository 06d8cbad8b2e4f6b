/** The lanes a diagram can leave out, around the touchpoints and flows (which are always shown). */
export type Lane =
    | 'goals' | 'does' | 'thinks' | 'says' | 'evidence'
    | 'emotions' | 'pains' | 'experiments' | 'metrics'
    | 'backstage' | 'support';

/** Top to bottom, as drawn: the touchpoints and flows come between `evidence` and `emotions`. */
export const lanes: readonly Lane[] = ['goals', 'does', 'thinks', 'says', 'evidence', 'emotions', 'pains', 'experiments', 'metrics', 'backstage', 'support'];

export interface DiagramOptions {
    /** Only these personas' emotion curves and flows (flows without a persona are always shown); all when empty. */
    readonly personas?: readonly string[];
    readonly hideLanes?: readonly Lane[];
    /** For big maps: sub-stages collapsed into their stage, and a faster, rougher layout. */
    readonly compact?: boolean;
}

export interface ResolvedOptions {
    readonly personas: ReadonlySet<string> | undefined;
    readonly lanes: ReadonlySet<Lane>;
    readonly compact: boolean;
}

export function resolveOptions(options: DiagramOptions = {}): ResolvedOptions {
    const hidden = new Set(options.hideLanes ?? []);
    return {
        personas: options.personas && options.personas.length > 0 ? new Set(options.personas) : undefined,
        lanes: new Set(lanes.filter(lane => !hidden.has(lane))),
        compact: options.compact ?? false
    };
}
