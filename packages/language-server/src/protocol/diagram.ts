// What the `journey/diagram` request carries: positions, the diagram options and the drawn diagram. Types only, with
// no imports, so that any client (the VS Code extension host and its webview included) can use them without the
// diagram package or the LSP libraries.

/** 0-based, as in LSP and in the diagram's `data-range` attributes. */
export interface Position {
    readonly line: number;
    readonly character: number;
}

export interface Range {
    readonly start: Position;
    readonly end: Position;
}

/**
 * The diagram's optional lanes, spelled out here so that clients need not load packages/diagram; the language
 * server checks at compile time that they are the diagram's `Lane`.
 */
export type Lane =
    | 'goals' | 'does' | 'thinks' | 'says' | 'evidence'
    | 'emotions' | 'pains' | 'experiments' | 'metrics'
    | 'backstage' | 'support';

/**
 * Which way the journey runs: `right`, stages side by side (a wall chart); `down`, stages one under another and
 * lanes as columns, at most 1,600 px wide (a document). The server checks it is the diagram's `Direction`.
 */
export type Direction = 'right' | 'down';

/** The diagram options a client chooses (a preview's toolbar): passed on to packages/diagram. */
export interface PreviewOptions {
    /** Only these personas (by name); all when empty. */
    readonly personas: readonly string[];
    readonly hideLanes: readonly Lane[];
    readonly compact: boolean;
    /** `right` when absent (clients written before it was offered). */
    readonly direction?: Direction;
}

export interface PersonaChoice {
    readonly name: string;
    readonly title: string;
}

/** A diagram to show, as the language server draws it (the VS Code extension forwards it to its webview unchanged). */
export interface PreviewDiagram {
    readonly version: number;
    /** The SVG with `var(--jm-*)` colours; every element carries `data-id` and `data-range`. */
    readonly svg: string;
    readonly personas: readonly PersonaChoice[];
    /** The optional lanes the SVG draws, top to bottom (a map without a service blueprint draws no backstage). */
    readonly lanes: readonly Lane[];
    /**
     * The map's first error when it has errors other than syntax errors (an unknown name, a duplicate): the
     * diagram is drawn all the same, leaving out what does not resolve.
     */
    readonly problem?: { readonly message: string; readonly range: Range };
}
