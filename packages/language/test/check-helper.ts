import { EmptyFileSystem } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkTexts, createJourneyServices, type CheckConfig, type CheckedDocument } from '../src/index.js';

export const TODAY = '2026-11-22';

export interface CheckOptions {
    today?: string;
    config?: CheckConfig;
}

/** Checks the given files (name -> text) as one workspace, exactly as the CLI does, with a fixed clock. */
export async function checkFiles(files: Record<string, string>, options: CheckOptions = {}): Promise<CheckedDocument[]> {
    const today = options.today ?? TODAY;
    const { Journey } = createJourneyServices(EmptyFileSystem, { settings: { Clock: () => ({ today: () => today }) } });
    if (options.config) {
        Journey.settings.CheckConfig.set(options.config);
    }
    return checkTexts(Journey, Object.entries(files).map(([name, text]) => ({ uri: `file:///workspace/${name}`, text })));
}

/**
 * A checker that keeps one set of services for many checks (creating services builds the parser, about
 * 70 ms): each call empties the workspace first.
 */
export function reusableChecker(options: CheckOptions = {}): (files: Record<string, string>) => Promise<CheckedDocument[]> {
    const today = options.today ?? TODAY;
    const { Journey, shared } = createJourneyServices(EmptyFileSystem, { settings: { Clock: () => ({ today: () => today }) } });
    return async files => {
        await clearDocuments(shared);
        return checkTexts(Journey, Object.entries(files).map(([name, text]) => ({ uri: `file:///workspace/${name}`, text })));
    };
}

/** Checks one map (plus optional other files) and returns the diagnostics of that map. */
export async function diagnosticsOf(text: string, others: Record<string, string> = {}, options: CheckOptions = {}): Promise<Diagnostic[]> {
    const [checked] = await checkFiles({ 'map.journey': text, ...others }, options);
    return [...checked.diagnostics];
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(diagnostic => String(diagnostic.code));
}

/** `line:column code` of each diagnostic, 1-based, for compact assertions. */
export function located(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
}
