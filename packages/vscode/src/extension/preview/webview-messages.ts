// Messages from the webview are untrusted input: only known types with well-formed fields get through. And the
// options a preview starts with.
import type { FromWebview, Position, PreviewOptions, Range } from '../../protocol/webview.js';

const MAX_PERSONAS = 1000;

/** Every persona, every lane, not compact, left to right: a new preview's options, and an export's when no preview shows the map. */
export const defaultPreviewOptions: PreviewOptions = { personas: [], hideLanes: [], compact: false, direction: 'right' };

/**
 * The message, when it is one the preview knows and well formed; `undefined` otherwise. `lanes`: the lanes the
 * diagram offers (the server names them with each diagram).
 */
export function parseFromWebview(message: unknown, lanes: readonly string[]): FromWebview | undefined {
    if (!isRecord(message)) return undefined;
    switch (message.type) {
        case 'ready':
            return { type: 'ready' };
        case 'rendered':
            return isCount(message.version) ? { type: 'rendered', version: message.version } : undefined;
        case 'reveal':
            return isRange(message.range) ? { type: 'reveal', range: message.range } : undefined;
        case 'options':
            return isOptions(message.options, lanes) ? { type: 'options', options: message.options } : undefined;
        default:
            return undefined;
    }
}

/**
 * Whether preview options from outside (a message, a restored state) are well formed. `lanes`: the lanes known to
 * exist; a restored state comes before any diagram, and the diagram ignores lanes it does not have.
 */
export function isOptions(value: unknown, lanes?: readonly string[]): value is PreviewOptions {
    return isRecord(value)
        && Array.isArray(value.personas) && value.personas.length <= MAX_PERSONAS && value.personas.every(name => typeof name === 'string')
        && Array.isArray(value.hideLanes) && value.hideLanes.every(lane => typeof lane === 'string' && (!lanes || lanes.includes(lane)))
        && typeof value.compact === 'boolean'
        && (value.direction === undefined || value.direction === 'right' || value.direction === 'down');
}

function isRange(value: unknown): value is Range {
    return isRecord(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): value is Position {
    return isRecord(value) && isCount(value.line) && isCount(value.character);
}

function isCount(value: unknown): value is number {
    return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
