import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkTexts, createJourneyServices } from '../../src/index.js';
import { JourneyMapsGrammar } from '../../src/generated/grammar.js';

/**
 * Single slips a map writer makes, applied one at a time to the examples: each slip is checked as part of
 * the whole example workspace and should give one or two precise findings, all in the file it is in.
 */
export type SlipKind = 'date-shape' | 'missing-open-brace' | 'missing-close-brace' | 'misspelt-keyword' | 'unclosed-quote' | 'list-for-one-value' | 'stray-property';

export const slipKinds: readonly SlipKind[] = ['date-shape', 'missing-open-brace', 'missing-close-brace', 'misspelt-keyword', 'unclosed-quote', 'list-for-one-value', 'stray-property'];

export interface Slip {
    readonly kind: SlipKind;
    /** The example file the slip is made in. */
    readonly file: string;
    /** 1-based line of the slip, for reports. */
    readonly line: number;
    readonly description: string;
    readonly text: string;
}

export interface SlipOutcome {
    readonly slip: Slip;
    /** Findings the slip added to the workspace (findings the example already had are not counted). */
    readonly findings: number;
    /** Added findings in files other than the one with the slip. */
    readonly elsewhere: number;
    readonly messages: string[];
}

export const examplesFolder = resolve(import.meta.dirname, '../../../../examples');

export function readExamples(): Record<string, string> {
    return Object.fromEntries(readdirSync(examplesFolder).filter(name => name.endsWith('.journey')).sort()
        .map(name => [name, readFileSync(resolve(examplesFolder, name), 'utf8')]));
}

const keywords = new Set(AstUtils.streamAst(JourneyMapsGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value));

interface Token { readonly image: string; readonly offset: number; readonly line: number; readonly lineStart: boolean }

/** The example's tokens (words, numbers, dates, texts, punctuation), comments skipped. */
function tokensOf(text: string): Token[] {
    const tokens: Token[] = [];
    const pattern = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|\d{4}-\d{2}-\d{2}|[+-]?\d+(?:\.\d+)?|[_a-zA-Z][\w]*(?:-[\w]+)*|->|\.\.|\S/g;
    let line = 1;
    let lastLine = 0;
    let position = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        line += countLines(text.slice(position, match.index));
        position = match.index;
        if (!match[0].startsWith('//') && !match[0].startsWith('/*')) {
            tokens.push({ image: match[0], offset: match.index, line, lineStart: line !== lastLine });
            lastLine = line;
        }
    }
    return tokens;
}

function countLines(text: string): number {
    let count = 0;
    for (const char of text) {
        count += char === '\n' ? 1 : 0;
    }
    return count;
}

/** Up to `limit` items spread evenly over `items`. */
function spread<T>(items: T[], limit: number): T[] {
    if (items.length <= limit) {
        return items;
    }
    return Array.from({ length: limit }, (_, i) => items[Math.floor(i * items.length / limit)]);
}

function splice(text: string, offset: number, remove: number, insert: string): string {
    return text.slice(0, offset) + insert + text.slice(offset + remove);
}

/** A misspelling of `word`: a dropped, doubled or swapped letter, chosen by `n`. */
function misspell(word: string, n: number): string {
    const at = 1 + n % Math.max(1, word.length - 2);
    switch (n % 3) {
        case 0: return word.slice(0, at) + word.slice(at + 1);
        case 1: return word.slice(0, at) + word[at] + word.slice(at);
        default: return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    }
}

const strayProperties = ['priority high', 'colour "blue"', 'notes "Check with the team"', 'weight 3', 'tags checkout', 'comment "later"'];
const singleValued = new Set(['channel', 'owner', 'for', 'severity', 'impact', 'effort', 'status', 'kind', 'evidence', 'better']);
const secondValues: Record<string, string> = { channel: 'email', owner: 'CX', for: 'Other', severity: 'trivial', impact: 'low', effort: 'high', status: 'done', kind: 'pilot', evidence: 'assumed', better: 'higher' };

/** Every slip of every kind in one file, at most `perKind` of each kind, spread over the file. */
export function slipsOf(file: string, text: string, perKind: number): Slip[] {
    const tokens = tokensOf(text);
    const slips: Slip[] = [];
    const add = (kind: SlipKind, candidates: Array<Omit<Slip, 'kind' | 'file'>>) => {
        slips.push(...spread(candidates, perKind).map(candidate => ({ kind, file, ...candidate })));
    };
    const lineOf = (token: Token) => token.line;

    add('date-shape', tokens.filter(t => /^\d{4}-\d{2}-\d{2}$/.test(t.image)).flatMap(t => {
        const [year, month, day] = t.image.split('-');
        const shapes = [`${day}.${month}.${year}`, `${month}/${day}/${year}`, `${year}-${Number(month)}-${Number(day)}`];
        return shapes.filter(shape => shape !== t.image).map(shape => ({ line: lineOf(t), description: `${t.image} written as ${shape}`, text: splice(text, t.offset, t.image.length, shape) }));
    }));
    add('missing-open-brace', tokens.filter(t => t.image === '{').map(t => ({ line: lineOf(t), description: `'{' removed`, text: splice(text, t.offset, 1, '') })));
    add('missing-close-brace', tokens.filter(t => t.image === '}').map(t => ({ line: lineOf(t), description: `'}' removed`, text: splice(text, t.offset, 1, '') })));
    add('misspelt-keyword', tokens.filter(t => t.lineStart && keywords.has(t.image) && t.image.length >= 4).map((t, n) => {
        const wrong = misspell(t.image, n);
        return { line: lineOf(t), description: `'${t.image}' written as '${wrong}'`, text: splice(text, t.offset, t.image.length, wrong) };
    }).filter(slip => !keywords.has(slip.description.split("'")[3])));
    add('unclosed-quote', tokens.filter(t => t.image.startsWith('"') && t.image.length > 2).map(t => ({
        line: lineOf(t), description: `closing quote of ${t.image.slice(0, 20)} removed`, text: splice(text, t.offset + t.image.length - 1, 1, '')
    })));
    add('list-for-one-value', tokens.flatMap((t, i) => {
        const value = tokens[i + 1];
        if (!singleValued.has(t.image) || !value || !/^[_a-zA-Z]/.test(value.image) || value.line !== t.line) {
            return [];
        }
        const second = secondValues[t.image];
        return [{ line: lineOf(t), description: `'${t.image} ${value.image}, ${second}'`, text: splice(text, value.offset + value.image.length, 0, `, ${second}`) }];
    }));
    add('stray-property', tokens.filter((t, i) => t.lineStart && i > 0 && tokens[i - 1].image !== '{' && isInsideBlock(tokens, i) && !isInFlow(tokens, i))
        .map((t, n) => {
            const stray = strayProperties[n % strayProperties.length];
            const indent = text.slice(text.lastIndexOf('\n', t.offset - 1) + 1, t.offset);
            return { line: lineOf(t), description: `'${stray}' added`, text: splice(text, t.offset - indent.length, 0, `${indent}${stray}\n`) };
        }));
    return slips;
}

function isInsideBlock(tokens: Token[], index: number): boolean {
    let depth = 0;
    for (let i = 0; i < index; i++) {
        depth += tokens[i].image === '{' ? 1 : tokens[i].image === '}' ? -1 : 0;
    }
    return depth > 0;
}

/** Whether the token lies directly in a flow block (whose lines are steps, not properties). */
function isInFlow(tokens: Token[], index: number): boolean {
    let depth = 0;
    for (let i = index - 1; i >= 0; i--) {
        const image = tokens[i].image;
        if (image === '}') {
            depth++;
        } else if (image === '{') {
            if (depth === 0) {
                let start = i;
                while (start > 0 && !tokens[start].lineStart) {
                    start--;
                }
                return tokens[start].image === 'flow';
            }
            depth--;
        }
    }
    return false;
}

/** Checks workspaces the way `journey check` does, reusing one set of services. */
export function slipChecker(): (files: Record<string, string>) => Promise<Record<string, Diagnostic[]>> {
    const { Journey, shared } = createJourneyServices(EmptyFileSystem, { settings: { Clock: () => ({ today: () => '2026-11-22' }) } });
    return async files => {
        await clearDocuments(shared);
        const checked = await checkTexts(Journey, Object.entries(files).map(([name, text]) => ({ uri: `file:///workspace/${name}`, text })));
        return Object.fromEntries(checked.map(document => [document.uri.slice('file:///workspace/'.length), [...document.diagnostics]]));
    };
}

/** Measures each slip against the findings the unchanged workspace already has. */
export async function measureSlips(examples: Record<string, string>, slips: readonly Slip[], onOutcome?: (outcome: SlipOutcome) => void): Promise<SlipOutcome[]> {
    const check = slipChecker();
    const before = await check(examples);
    const outcomes: SlipOutcome[] = [];
    for (const slip of slips) {
        const after = await check({ ...examples, [slip.file]: slip.text });
        let findings = 0;
        let elsewhere = 0;
        const messages: string[] = [];
        for (const [file, diagnostics] of Object.entries(after)) {
            const known = new Map<string, number>();
            for (const diagnostic of before[file] ?? []) {
                known.set(keyOf(diagnostic), (known.get(keyOf(diagnostic)) ?? 0) + 1);
            }
            for (const diagnostic of diagnostics) {
                const count = known.get(keyOf(diagnostic)) ?? 0;
                if (count > 0) {
                    known.set(keyOf(diagnostic), count - 1);
                    continue;
                }
                findings++;
                elsewhere += file === slip.file ? 0 : 1;
                messages.push(`${file}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${String(diagnostic.code)} ${diagnostic.message}`);
            }
        }
        const outcome = { slip, findings, elsewhere, messages };
        outcomes.push(outcome);
        onOutcome?.(outcome);
    }
    return outcomes;
}

function keyOf(diagnostic: Diagnostic): string {
    return `${String(diagnostic.code)} ${diagnostic.message}`;
}

export interface SlipFigures {
    readonly slips: number;
    /** Share of slips with one or two findings, 0..1. */
    readonly oneOrTwo: number;
    readonly worst: number;
    readonly leaking: number;
    readonly unnoticed: number;
    readonly overThree: number;
}

export function slipFigures(outcomes: readonly SlipOutcome[]): SlipFigures {
    return {
        slips: outcomes.length,
        oneOrTwo: outcomes.filter(o => o.findings >= 1 && o.findings <= 2).length / Math.max(1, outcomes.length),
        worst: Math.max(0, ...outcomes.map(o => o.findings)),
        leaking: outcomes.filter(o => o.elsewhere > 0).length,
        unnoticed: outcomes.filter(o => o.findings === 0).length,
        overThree: outcomes.filter(o => o.findings > 3).length
    };
}
