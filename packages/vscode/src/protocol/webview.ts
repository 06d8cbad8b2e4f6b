// The preview's messages between the extension host and its webview (postMessage), and what they carry: the diagram
// to show, the options the toolbar chooses and the state the webview keeps. Types only, importing types only: the
// webview's bundle gets nothing from here, and neither side needs the diagram package or the LSP libraries to use them.

// The diagram and its options are the language server's `journey/diagram` protocol: defined there, used here.
import type { Position, PreviewDiagram, PreviewOptions, Range } from '@journey-maps/language-server/protocol/diagram';

export type { Direction, Lane, PersonaChoice, Position, PreviewDiagram, PreviewOptions, Range } from '@journey-maps/language-server/protocol/diagram';

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
