import type { Colors } from 'picocolors/types';
import { summarise, type Finding } from './findings.js';
import { githubAnnotations } from './check-github.js';
import { checkJson } from './check-json.js';
import { checkJunit } from './check-junit.js';
import { checkSarif } from './check-sarif.js';
import { checkText } from './check-text.js';

export const checkFormats = ['text', 'json', 'sarif', 'github', 'junit'] as const;

export type CheckFormat = typeof checkFormats[number];

export interface CheckResults {
    /** The maps checked, as shown to people. */
    readonly files: readonly string[];
    readonly findings: readonly Finding[];
    readonly colors: Colors;
    /** The CLI's version, for SARIF's tool driver. */
    readonly version: string;
}

/** What `journey check --format <format>` prints. */
export function checkOutput(format: CheckFormat, results: CheckResults): string {
    const { files, findings } = results;
    switch (format) {
        case 'text':
            return checkText(findings, summarise(findings, files.length), results.colors);
        case 'json':
            return checkJson(files, findings, summarise(findings, files.length));
        case 'sarif':
            return checkSarif(findings, results.version);
        case 'github':
            return githubAnnotations(findings);
        case 'junit':
            return checkJunit(files, findings);
    }
}
