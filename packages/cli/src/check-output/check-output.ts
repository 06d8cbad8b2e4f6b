import type { Colors } from 'picocolors/types';
import { summarise, type Finding } from './findings.js';
import { githubAnnotations } from './check-github.js';
import { checkJson } from './check-json.js';
import type { SarifTool } from './check-sarif.js';
import { checkText } from './check-text.js';

export const checkFormats = ['text', 'json', 'sarif', 'github', 'junit'] as const;

export type CheckFormat = typeof checkFormats[number];

export interface CheckResults {
    /** The maps checked, as shown to people. */
    readonly files: readonly string[];
    readonly findings: readonly Finding[];
    readonly colors: Colors;
    /** The CLI as SARIF's tool driver describes it, and the maps' texts for its fingerprints. */
    readonly tool: SarifTool;
}

/**
 * What `journey check --format <format>` prints. The SARIF and JUnit builders are loaded for their format only,
 * so that a check in text starts without them.
 */
export async function checkOutput(format: CheckFormat, results: CheckResults): Promise<string> {
    const { files, findings } = results;
    switch (format) {
        case 'text':
            return checkText(findings, summarise(findings, files.length), results.colors);
        case 'json':
            return checkJson(files, findings, summarise(findings, files.length));
        case 'sarif':
            return (await import('./check-sarif.js')).checkSarif(findings, results.tool);
        case 'github':
            return githubAnnotations(findings);
        case 'junit':
            return (await import('./check-junit.js')).checkJunit(files, findings);
    }
}
