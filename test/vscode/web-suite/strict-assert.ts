// `node:assert/strict` for the web suite, which runs in a browser (build-suite.mjs maps the import here), so that
// the suite shares workspace-helpers.ts with the desktop one: the functions the suites call, with Node's strict
// meanings, on chai.
import { assert } from 'chai';

export function ok(value: unknown, message?: string): asserts value {
    assert.ok(value, message);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
    assert.strictEqual(actual, expected, message);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
    assert.match(actual, pattern, message);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
    assert.notStrictEqual(actual, expected, message);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
    assert.deepStrictEqual(actual, expected, message);
}
