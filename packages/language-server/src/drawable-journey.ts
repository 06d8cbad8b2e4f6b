// What the diagram requests share: a checked document's journey to draw, or the response saying why there is none.
import { documentJourneys, type Document, type JourneyModel } from '@journey-maps/language';
import type { LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver';
import type { Response, ResponseError } from './protocol/lsp.js';

const ERROR_SEVERITY = 1;

export interface Drawable {
    readonly model: JourneyModel;
    /** The first error of a map drawn with what resolves (see `drawableJourney`). */
    readonly problem?: { readonly message: string; readonly range: Range };
}

/**
 * The document's first journey, or why it cannot be drawn: that it has no journey, or its first error. A file (the
 * preview) is drawn with what resolves unless it has a syntax error, which leaves its structure unsure; a block in
 * another document is drawn only without errors, as its first error is all the block can show.
 */
export function drawableJourney(document: LangiumDocument<Document>, holder: 'file' | 'block'): Response<Drawable> {
    const errors = document.diagnostics?.filter((diagnostic: Diagnostic) => diagnostic.severity === ERROR_SEVERITY) ?? [];
    const blocking = holder === 'block' ? errors[0] : errors.find(diagnostic => diagnostic.code === 'syntax-error');
    if (blocking) {
        return { error: { kind: 'invalid', message: blocking.message, range: blocking.range } };
    }
    const [model] = documentJourneys(document.parseResult.value);
    if (!model) return failure('invalid', `This ${holder} holds no journey to draw.`);
    const [problem] = errors;
    return { result: problem ? { model, problem: { message: problem.message, range: problem.range } } : { model } };
}

export function failure(kind: ResponseError['kind'], message: string): { error: ResponseError } {
    return { error: { kind, message } };
}
