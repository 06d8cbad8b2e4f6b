// The preview's page (bundled to dist/webview/preview.js): shows the diagrams the extension sends, keeps the last
// good one under an error banner while the map has syntax errors (a diagram drawn despite other errors comes with
// its banner), keeps the element under the editor's cursor highlighted across redraws, and sends clicks, banner
// clicks and option changes back.
import type { Position, PreviewDiagram, PreviewOptions, ToWebview } from '../protocol/webview.js';
import { ErrorBanner } from './banner.js';
import { DiagramView } from './diagram-view.js';
import { PanZoom } from './pan-zoom.js';
import { highlightAt, parseRange, sourceElementAt } from './source-links.js';
import { Toolbar } from './toolbar.js';
import { vscode } from './vscode-api.js';

const nonce = document.currentScript?.nonce ?? '';
const viewport = document.createElement('main');
viewport.className = 'viewport';
const canvas = document.createElement('div');
canvas.className = 'canvas';
viewport.append(canvas);

const view = new DiagramView(canvas, nonce);
const panZoom = new PanZoom(viewport, canvas);
const banner = new ErrorBanner(range => vscode.postMessage({ type: 'reveal', range }));
/** The diagram shown, and the map and version it shows: messages about older versions of that map are dropped. */
let shown: { readonly diagram: PreviewDiagram; readonly uri: string } | undefined;
let lastDirection: PreviewOptions['direction'] | undefined;
const outdated = (uri: string, version: number) => shown !== undefined && shown.uri === uri && version < shown.diagram.version;
/** Where the editor's cursor last was in the map shown, so that a redraw highlights the same element again. */
let cursor: Position | undefined;

/** The diagram's natural size (its width and height attributes). */
const size = (svg: SVGSVGElement): [number, number] => [svg.width.baseVal.value || 1, svg.height.baseVal.value || 1];
const fit = () => {
    if (view.svg) panZoom.fit(...size(view.svg));
};
const toolbar = new Toolbar({
    zoomIn: () => panZoom.zoomIn(),
    zoomOut: () => panZoom.zoomOut(),
    fit,
    fitWidth: () => {
        if (view.svg) panZoom.fitWidth(size(view.svg)[0]);
    },
    optionsChanged: (options: PreviewOptions) => vscode.postMessage({ type: 'options', options })
});
document.body.append(toolbar.element, banner.element, viewport);

viewport.addEventListener('click', event => {
    const svg = view.svg;
    if (!svg || panZoom.wasDrag) return;
    const range = parseRange(sourceElementAt(event.target, svg)?.getAttribute('data-range') ?? null);
    if (range) vscode.postMessage({ type: 'reveal', range });
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    switch (message.type) {
        case 'render': {
            if (outdated(message.state.uri, message.diagram.version)) return;
            // A new map, or the same one turned the other way, is shown from its start.
            const first = shown?.uri !== message.state.uri || lastDirection !== message.state.options.direction;
            lastDirection = message.state.options.direction;
            const svg = view.show(message.diagram.svg);
            shown = { diagram: message.diagram, uri: message.state.uri };
            if (first) cursor = undefined;
            if (cursor) highlightAt(svg, cursor);
            const problem = message.diagram.problem;
            if (problem) banner.show(problem.message, problem.range, 'what-resolves');
            else banner.hide();
            toolbar.update(message.diagram, message.state.options);
            vscode.setState(message.state);
            if (first && message.state.options.direction === 'down') {
                panZoom.fitWidth(size(svg)[0]);
            } else if (first) {
                panZoom.fitHeight(...size(svg));
            }
            vscode.postMessage({ type: 'rendered', version: message.diagram.version });
            break;
        }
        case 'error':
            if (outdated(message.uri, message.version)) return;
            banner.show(message.message, message.range, shown?.uri === message.uri ? 'last-good' : undefined);
            break;
        case 'highlight': {
            cursor = message.position;
            const svg = view.svg;
            const element = svg && highlightAt(svg, message.position);
            if (element) panZoom.reveal(element);
            break;
        }
    }
});

vscode.postMessage({ type: 'ready' });
