// The text-document notifications as they arrive, checked before the language services see them: a client that
// sends `text: null` or a change without text would otherwise throw deep inside the parser, in a promise nobody
// awaits, and end the server. A malformed notification is dropped and logged; everything else passes unchanged.
import { Message, type MessageStrategy, type NotificationMessage } from 'vscode-languageserver';

type Check = (params: Record<string, unknown>) => string | undefined;

const checks: Record<string, Check> = {
    'textDocument/didOpen': params => {
        const document = params.textDocument;
        if (!isRecord(document)) return 'textDocument must be an object';
        return uriProblem(document.uri) ?? versionProblem(document.version)
            ?? (typeof document.languageId !== 'string' ? 'textDocument.languageId must be a string' : undefined)
            ?? (typeof document.text !== 'string' ? 'textDocument.text must be a string' : undefined);
    },
    'textDocument/didChange': params => {
        const document = params.textDocument;
        if (!isRecord(document)) return 'textDocument must be an object';
        const { contentChanges } = params;
        if (!Array.isArray(contentChanges)) return 'contentChanges must be a list';
        return uriProblem(document.uri) ?? versionProblem(document.version)
            ?? (contentChanges.every(isContentChange) ? undefined : 'each content change needs a text and, if any, a valid range');
    },
    'textDocument/didClose': params => isRecord(params.textDocument) ? uriProblem(params.textDocument.uri) : 'textDocument must be an object',
    'textDocument/didSave': params => isRecord(params.textDocument) ? uriProblem(params.textDocument.uri) : 'textDocument must be an object'
};

/** Passes messages on to the connection, except malformed text-document notifications, which go to `drop`. */
export function messageGuard(drop: (method: string, problem: string) => void): MessageStrategy {
    return {
        handleMessage(message, next) {
            const problem = Message.isNotification(message) ? notificationProblem(message) : undefined;
            if (problem === undefined) next(message);
            else drop((message as NotificationMessage).method, problem);
        }
    };
}

function notificationProblem(message: NotificationMessage): string | undefined {
    const check = checks[message.method];
    if (!check) return undefined;
    return isRecord(message.params) ? check(message.params) : 'params must be an object';
}

function uriProblem(uri: unknown): string | undefined {
    return typeof uri === 'string' && uri.length > 0 ? undefined : 'textDocument.uri must be a non-empty string';
}

function versionProblem(version: unknown): string | undefined {
    return typeof version === 'number' && Number.isSafeInteger(version) ? undefined : 'textDocument.version must be an integer';
}

function isContentChange(change: unknown): boolean {
    if (!isRecord(change) || typeof change.text !== 'string') return false;
    return change.range === undefined || isRange(change.range);
}

function isRange(range: unknown): boolean {
    return isRecord(range) && isPosition(range.start) && isPosition(range.end);
}

function isPosition(position: unknown): boolean {
    return isRecord(position) && isCount(position.line) && isCount(position.character);
}

function isCount(value: unknown): boolean {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
