// What the diagram requests share: a checked document's journey to draw, or the response saying why there is none.
import { documentJourneys, type Document, type JourneyModel } from '@journey-maps/language';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Response, ResponseError } from './protocol/lsp.js';

const ERROR_SEVERITY = 1;

/** The document's first journey, or why it cannot be drawn: its first error, or that it has no journey. */
export function drawableJourney(document: LangiumDocument<Document>, holder: 'file' | 'block'): Response<JourneyModel> {
    const firstError = document.diagnostics?.find((diagnostic: Diagnostic) => diagnostic.severity === ERROR_SEVERITY);
    if (firstError) {
        return { error: { kind: 'invalid', message: firstError.message, range: firstError.range } };
    }
    const [model] = documentJourneys(document.parseResult.value);
    return model ? { result: model } : failure('invalid', `This ${holder} holds no journey to draw.`);
}

export function failure(kind: ResponseError['kind'], message: string): { error: ResponseError } {
    return { error: { kind, message } };
}
