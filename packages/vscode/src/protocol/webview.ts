// The preview's messages between the extension host and its webview (postMessage), and what they carry: the diagram
// to show, the options the toolbar chooses and the state the webview keeps. Types only, with no imports: the webview's
// bundle gets nothing from here, and neither side needs the diagram package or the LSP libraries to use them.

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
 * The diagram's optional lanes, spelled out here so that the host and the webview need not load packages/diagram;
 * the language server checks at compile time that they are the diagram's `Lane`.
 */
export type Lane = 'emotions' | 'pains' | 'metrics';

/** What the preview's toolbar chooses: the diagram options it passes on to packages/diagram. */
export interface PreviewOptions {
    /** Only these personas (by name); all when empty. */
    readonly personas: readonly string[];
    readonly hideLanes: readonly Lane[];
    readonly compact: boolean;
}

export interface PersonaChoice {
    readonly name: string;
    readonly title: string;
}

/** A diagram to show, as the language server draws it (the extension forwards it unchanged). */
export interface PreviewDiagram {
    readonly version: number;
    /** The SVG with `var(--jm-*)` colours; every element carries `data-id` and `data-range`. */
    readonly svg: string;
    readonly personas: readonly PersonaChoice[];
    readonly lanes: readonly Lane[];
}

/** What the webview keeps across reloads (`setState`), and what the panel serializer restores from. */
export interface PreviewState {
    readonly uri: string;
    readonly locked: boolean;
    readonly options: PreviewOptions;
}

export type ToWebview =
    | { readonly type: 'render'; readonly diagram: PreviewDiagram; readonly state: PreviewState }
    | { readonly type: 'error'; readonly uri: string; readonly version: number; readonly message: string; readonly range?: Range }
    | { readonly type: 'highlight'; readonly position: Position };

export type FromWebview =
    | { readonly type: 'ready' }
    /** The diagram of this version is on screen. */
    | { readonly type: 'rendered'; readonly version: number }
    | { readonly type: 'reveal'; readonly range: Range }
    | { readonly type: 'options'; readonly options: PreviewOptions };
