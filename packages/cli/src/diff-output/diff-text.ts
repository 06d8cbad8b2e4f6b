import type { ElementChange, JourneyDiff, ValueChange } from '@journey-maps/language/model';
import { printableLines } from '../printable.js';
import { scoreText as score, valueText as show } from './diff-values.js';

/** `journey diff` for a terminal (printable): one section per kind of change, `+` added, `-` removed, `~` changed. */
export function diffTextReport(diff: JourneyDiff): string {
    const lines = [`Journey ${heading(diff)}`];
    const section = (title: string, entries: string[]) => {
        if (entries.length > 0) {
            lines.push('', title, ...entries.map(entry => `  ${entry}`));
        }
    };
    section('Stages', diff.stages.map(elementLine));
    section('Touchpoints', diff.touchpoints.map(elementLine));
    section('Emotions', diff.emotions.map(e => `~ ${e.persona} at ${e.touchpoint}: ${score(e.before)} -> ${score(e.after)}`));
    section('Metrics', diff.metrics.map(change => valueLine(change)));
    section('Pain points', diff.pains.map(change => valueLine(change, { added: 'opened', removed: 'closed' })));
    section('Opportunities', diff.opportunities.map(change => valueLine(change)));
    section('Experiments', diff.experiments.map(change => valueLine(change)));
    if (lines.length === 1) {
        lines.push('No changes.');
    }
    // Titles are the maps' own text: shown with their control characters escaped.
    return printableLines(lines.join('\n')) + '\n';
}

function heading(diff: JourneyDiff): string {
    return diff.before.name === diff.after.name ? `'${diff.after.title}'` : `'${diff.before.title}' -> '${diff.after.title}'`;
}

function elementLine(change: ElementChange): string {
    switch (change.change) {
        case 'added': return `+ ${change.name} "${change.title}"${change.stage ? ` in ${change.stage}` : ''}`;
        case 'removed': return `- ${change.name} "${change.title}"${change.stage ? ` from ${change.stage}` : ''}`;
        case 'renamed': return `~ ${change.previousName} renamed to ${change.name}`;
        case 'moved': return `~ ${change.name} moved from ${change.from} to ${change.to}`;
    }
}

function valueLine(change: ValueChange, words: { added: string; removed: string } = { added: 'added', removed: 'removed' }): string {
    const fields = change.fields.map(f => change.change === 'changed' ? `${f.field} ${show(f.before)} -> ${show(f.after)}` : `${f.field} ${show(f.before ?? f.after)}`).join(', ');
    const mark = change.change === 'added' ? '+' : change.change === 'removed' ? '-' : '~';
    const word = change.change === 'changed' ? '' : `${words[change.change]}: `;
    return `${mark} ${word}${change.name} "${change.title}"${fields ? `: ${fields}` : ''}`;
}
