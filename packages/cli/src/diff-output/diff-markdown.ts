import type { ElementChange, JourneyDiff, ValueChange } from '@journey-maps/language/model';
import { markdownUserText as md } from '../reports/markdown-user-text.js';
import { scoreText as score, valueText } from './diff-values.js';

/** `journey diff --format md`: a pull-request comment, one table per kind of change. */
export function diffMarkdownReport(diff: JourneyDiff): string {
    const title = diff.before.name === diff.after.name ? md(diff.after.title) : `${md(diff.before.title)} → ${md(diff.after.title)}`;
    const parts = [`### Journey map changes: ${title}`];
    const table = (heading: string, columns: string[], rows: string[][]) => {
        if (rows.length > 0) {
            parts.push(`#### ${heading}`, `| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map(row => `| ${row.join(' | ')} |`));
        }
    };
    table('Stages', ['change', 'stage', 'details'], diff.stages.map(elementRow));
    table('Touchpoints', ['change', 'touchpoint', 'details'], diff.touchpoints.map(elementRow));
    table('Emotions', ['persona', 'touchpoint', 'before', 'after'], diff.emotions.map(e => [md(e.persona), md(e.touchpoint), score(e.before), score(e.after)]));
    table('Metrics', ['change', 'metric', 'details'], diff.metrics.map(change => valueRow(change)));
    table('Pain points', ['change', 'pain point', 'details'], diff.pains.map(change => valueRow(change, { added: 'opened', removed: 'closed' })));
    table('Opportunities', ['change', 'opportunity', 'details'], diff.opportunities.map(change => valueRow(change)));
    table('Experiments', ['change', 'experiment', 'details'], diff.experiments.map(change => valueRow(change)));
    if (parts.length === 1) {
        parts.push('No changes.');
    }
    return parts.join('\n\n').replace(/\n\n\|/g, '\n|') + '\n';
}

function elementRow(change: ElementChange): string[] {
    const name = `${md(change.title)} (\`${change.name}\`)`;
    switch (change.change) {
        case 'added': return ['added', name, change.stage ? `in ${md(change.stage)}` : ''];
        case 'removed': return ['removed', name, change.stage ? `from ${md(change.stage)}` : ''];
        case 'renamed': return ['renamed', name, `was \`${change.previousName}\``];
        case 'moved': return ['moved', name, `${md(change.from)} → ${md(change.to)}`];
    }
}

function valueRow(change: ValueChange, words: { added: string; removed: string } = { added: 'added', removed: 'removed' }): string[] {
    const details = change.fields.map(f => change.change === 'changed'
        ? `${f.field}: ${valueText(f.before, md)} → ${valueText(f.after, md)}`
        : `${f.field}: ${valueText(f.before ?? f.after, md)}`).join('; ');
    return [change.change === 'changed' ? 'changed' : words[change.change], `${md(change.title)} (\`${change.name}\`)`, details];
}
