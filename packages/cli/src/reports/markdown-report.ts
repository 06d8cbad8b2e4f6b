import { indexTable, type IndexEntry } from './index-table.js';
import { keyFigures } from './key-figures.js';
import { mermaidJourney } from '../mermaid/mermaid-export.js';
import { markdownUserText } from './markdown-user-text.js';
import type { ReportInput } from './report-input.js';
import { reportSections, type Cell, type ReportSection, type ReportTable } from './report-sections.js';

/**
 * `journey report --format md`: GitHub Markdown with the emotion curve as a Mermaid `journey` block (GitHub
 * draws it) and the same tables as the HTML report; every user-written text is escaped. With the journey's
 * source in the input (`--journey-block`), the map itself as a ```journey block after the curve, which
 * the Journey Maps extension's Markdown preview draws.
 */
/** `map`: the file name of the map's picture beside the report, shown after the key figures. */
export function markdownReport(input: ReportInput, today: string, map?: string): string {
    const { model } = input;
    const meta = [model.kind, model.owner && `owner: ${model.owner.title}`, model.evidence && `evidence: ${model.evidence}`, input.file].filter(Boolean) as string[];
    const out = [`# ${markdownUserText(model.title)}`, '', meta.map(markdownUserText).join(' · ')];
    if (model.goal) {
        out.push('', `**Goal:** ${markdownUserText(model.goal)}`);
    }
    out.push('', ...keyFigures(input).map(figure => `- **${markdownUserText(figure.value)}** ${markdownUserText(figure.label)}`));
    if (map !== undefined) {
        out.push('', '## Map', '', `![The journey map](${encodeURIComponent(map).replace(/[()]/g, c => `%${c.charCodeAt(0).toString(16)}`)})`);
    }
    const [first, ...rest] = reportSections(input);
    const section = (part: ReportSection) => {
        out.push('', `## ${markdownUserText(part.title)}`, '', markdownUserText(part.intro));
        for (const table of part.tables) {
            out.push('', ...markdownTable(table));
        }
    };
    // What to fix first comes before the emotion curve; the other sections after it.
    section(first);
    out.push('', '## Emotion curve', '', '```mermaid', mermaidJourney(model).trimEnd(), '```');
    if (input.source !== undefined) {
        out.push('', '## Journey map', '', 'Drawn by the Journey Maps extension in the Markdown preview of VS Code; its source elsewhere.', '', ...fenced('journey', input.source));
    }
    rest.forEach(section);
    out.push('', `_Made by journey report on ${today}._`);
    return out.join('\n') + '\n';
}

/** The index of a folder of Markdown reports: each journey's title links to its report. */
export function markdownIndex(entries: readonly IndexEntry[], today: string): string {
    return ['# Journey reports', '', ...markdownTable(indexTable(entries)), '', `_Made by journey report on ${today}._`].join('\n') + '\n';
}

/** A fenced code block longer than any run of backticks in `text`, so that the text cannot close it. */
function fenced(info: string, text: string): string[] {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${info}`, text.trimEnd(), fence];
}

function markdownTable(table: ReportTable): string[] {
    const caption = table.caption ? [`**${markdownUserText(table.caption)}**`, ''] : [];
    if (table.rows.length === 0) {
        return [...caption, `_${markdownUserText(table.empty)}_`];
    }
    const row = (cells: readonly Cell[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
    return [
        ...caption,
        row(table.columns.map(text => ({ text }))),
        `|${table.columns.map(() => ' --- ').join('|')}|`,
        ...table.rows.map(row)
    ];
}

function markdownCell(cell: Cell): string {
    const text = markdownUserText(cell.text) || ' ';
    return cell.href ? `[${text}](${encodeURI(cell.href).replace(/[()]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})` : text;
}
