import type { Finding, Summary } from './findings.js';

/** Version of the JSON shape below; raised whenever a field changes meaning or disappears. */
export const CHECK_JSON_VERSION = 1;

/** `journey check --format json`: the maps checked, every finding and the counts. */
export function checkJson(files: readonly string[], findings: readonly Finding[], summary: Summary): string {
    return JSON.stringify({ schemaVersion: CHECK_JSON_VERSION, files, findings, summary }, null, 2) + '\n';
}
