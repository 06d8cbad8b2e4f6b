import { escape } from 'html-escaper';
import { htmlPage } from './html-page.js';
import { indexTable, type IndexEntry } from './index-table.js';
import { keyFigures } from './key-figures.js';
import type { ReportInput } from './report-input.js';
import { reportSections, type Cell, type ReportSection, type ReportTable } from './report-sections.js';

/** `journey report --format html`: one self-contained page; every user-written text is escaped, `svg` is the rendered diagram. */
export function htmlReport(input: ReportInput, svg: string, today: string): string {
    const { model } = input;
    const sections = reportSections(input);
    const meta = [model.kind, model.owner && `owner: ${model.owner.title}`, model.evidence && `evidence: ${model.evidence}`, input.file].filter(Boolean).join(' · ');
    const body = [
        '<header>',
        `<h1>${escape(model.title)}</h1>`,
        `<p class="meta">${escape(meta)}</p>`,
        model.goal ? `<p>${escape(model.goal)}</p>` : '',
        model.scope ? `<p class="meta">Scope: ${escape(model.scope)}</p>` : '',
        `<nav><ul><li><a href="#map">Map</a></li>${sections.map(s => `<li><a href="#${s.id}">${escape(s.title)}</a></li>`).join('')}</ul></nav>`,
        '</header>',
        `<ul class="figures">${keyFigures(input).map(figure => `<li><b>${escape(figure.value)}</b>${escape(figure.label)}</li>`).join('')}</ul>`,
        // What to fix first comes before the map; the other sections after it.
        ...sections.slice(0, 1).map(htmlSection),
        `<section id="map"><h2>Map</h2><div class="diagram">${svg}</div></section>`,
        ...sections.slice(1).map(htmlSection),
        `<footer>Made by journey report on ${escape(today)}.</footer>`
    ].filter(Boolean).join('\n');
    return htmlPage(model.title, body);
}

function htmlSection(section: ReportSection): string {
    return [
        `<section id="${section.id}">`,
        `<h2>${escape(section.title)}</h2>`,
        `<p class="intro">${escape(section.intro)}</p>`,
        ...section.tables.map(htmlTable),
        '</section>'
    ].join('\n');
}

/** The index page of a folder of HTML reports: each journey's title links to its report. */
export function htmlIndex(entries: readonly IndexEntry[], today: string): string {
    return htmlPage('Journey reports', [
        '<header><h1>Journey reports</h1></header>',
        htmlTable(indexTable(entries)),
        `<footer>Made by journey report on ${escape(today)}.</footer>`
    ].join('\n'));
}

function htmlTable(table: ReportTable): string {
    const caption = table.caption ? `<h3>${escape(table.caption)}</h3>` : '';
    if (table.rows.length === 0) {
        return `${caption}<p class="empty">${escape(table.empty)}</p>`;
    }
    const head = `<tr>${table.columns.map(column => `<th scope="col">${escape(column)}</th>`).join('')}</tr>`;
    const rows = table.rows.map(row => `<tr>${row.map(cell => `<td${cellClass(cell)}>${htmlCell(cell)}</td>`).join('')}</tr>`);
    return `${caption}<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function htmlCell(cell: Cell): string {
    if (cell.bar !== undefined) {
        // A bar drawn with SVG attributes, not CSS, so the page's content security policy has nothing to allow.
        const width = Math.min(100, Math.max(0, cell.bar));
        return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="100" height="10" class="bar-track"/>`
            + `<rect width="${Math.round(width * 100) / 100}" height="10" class="bar-fill"/></svg> ${escape(cell.text)}`;
    }
    return cell.href ? `<a href="${escape(encodeURI(cell.href))}">${escape(cell.text)}</a>` : escape(cell.text);
}

/** The tone, and `short` for a value such as a date or a status that should not break across lines. */
function cellClass(cell: Cell): string {
    const classes = [cell.tone, cell.text.length <= 12 ? 'short' : undefined].filter(Boolean);
    return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
}
