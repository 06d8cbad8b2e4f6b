// The custom requests' params as they arrive: any JSON at all. Checked here, once, into the protocol's types, so
// that a hostile or buggy client gets an error result (as the protocol promises) and never a thrown TypeError.
import { directions, lanes } from '@journey-maps/diagram';
import type { Direction, Lane, PreviewOptions } from './protocol/diagram.js';
import type { DiagramParams, ExportFormat, ExportParams, ResponseError, ThemeName } from './protocol/lsp.js';

export type Checked<T> = { readonly params: T } | { readonly error: ResponseError };

const themes: readonly ThemeName[] = ['light', 'dark'];
const formats: readonly ExportFormat[] = ['svg', 'png'];

/** Longest URI accepted: far beyond any real path, short enough to quote in an error. */
const maxUriLength = 4096;

class InvalidParams extends Error {}

export function checkDiagramParams(params: unknown): Checked<DiagramParams> {
    return checked(() => {
        const fields = record(params, 'params');
        return { ...documentFields(fields), theme: oneOf(fields.theme, themes, 'theme') };
    });
}

export function checkExportParams(params: unknown): Checked<ExportParams> {
    return checked(() => {
        const fields = record(params, 'params');
        return { ...documentFields(fields), format: oneOf(fields.format, formats, 'format') };
    });
}

function checked<T>(check: () => T): Checked<T> {
    try {
        return { params: check() };
    } catch (error) {
        if (error instanceof InvalidParams) {
            return { error: { kind: 'failed', message: `Invalid request: ${error.message}` } };
        }
        throw error;
    }
}

function documentFields(fields: Record<string, unknown>): Omit<DiagramParams, 'theme'> {
    const { uri, version } = fields;
    if (typeof uri !== 'string' || uri.length === 0 || uri.length > maxUriLength) {
        throw new InvalidParams(`uri must be a document URI (a string of 1 to ${maxUriLength} characters)`);
    }
    if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
        throw new InvalidParams('version must be an integer');
    }
    return { uri, version, options: previewOptions(fields.options) };
}

/** Absent options, lists and flags take their defaults: every lane shown, every persona, not compact, `right`. */
function previewOptions(value: unknown): PreviewOptions {
    const options = value === undefined || value === null ? {} : record(value, 'options');
    const personas = list(options.personas, 'options.personas').map(persona => {
        if (typeof persona !== 'string') throw new InvalidParams('options.personas must list persona names');
        return persona;
    });
    const hideLanes = list(options.hideLanes, 'options.hideLanes').map(lane => oneOf<Lane>(lane, lanes, 'options.hideLanes'));
    const { compact } = options;
    if (compact !== undefined && compact !== null && typeof compact !== 'boolean') {
        throw new InvalidParams('options.compact must be true or false');
    }
    const direction = options.direction === undefined || options.direction === null ? undefined : oneOf<Direction>(options.direction, directions, 'options.direction');
    return { personas, hideLanes, compact: compact === true, ...(direction && { direction }) };
}

function record(value: unknown, name: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new InvalidParams(`${name} must be an object`);
    }
    return value as Record<string, unknown>;
}

/** A list; an empty object counts as an empty list (Lua clients, Neovim's among them, encode `{}` either way). */
function list(value: unknown, name: string): readonly unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    if (typeof value === 'object' && Object.keys(value).length === 0) return [];
    throw new InvalidParams(`${name} must be a list`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
        throw new InvalidParams(`${name} must be one of ${allowed.map(option => `"${option}"`).join(', ')}`);
    }
    return value as T;
}
