// `npm run bench:slips`: how precisely single slips are reported. For each example, hundreds of single-slip
// mutations (a date in another shape, a missing '{' or '}', a misspelt keyword, an unclosed quote, a list
// where one value goes, a stray property), each checked with the whole example workspace. Prints the share
// of slips with one or two findings, the worst count, slips with a finding in another file and slips that go
// unnoticed, per kind and in total. SLIPS_PER_KIND (default 60) caps the slips of one kind in one file;
// SLIPS_VERBOSE=1 lists every slip with more than two findings or none.
import {
    measureSlips, readExamples, slipFigures, slipKinds, slipsOf, type SlipFigures, type SlipOutcome
} from '../../packages/language/test/slips/slip-mutations.js';

const perKind = Number(process.env.SLIPS_PER_KIND ?? 60);
const verbose = process.env.SLIPS_VERBOSE === '1';

function row(cells: string[], widths: number[]): string {
    return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ');
}

function cells(label: string, figures: SlipFigures): string[] {
    return [label, String(figures.slips), `${(figures.oneOrTwo * 100).toFixed(1)}%`, String(figures.overThree), String(figures.worst),
        String(figures.leaking), String(figures.unnoticed)];
}

const examples = readExamples();
const slips = Object.entries(examples).flatMap(([file, text]) => slipsOf(file, text, perKind));
const started = performance.now();
const outcomes = await measureSlips(examples, slips, outcome => {
    if (verbose && (outcome.findings > 2 || outcome.findings === 0 || outcome.elsewhere > 0)) {
        console.log(`${outcome.slip.file}:${outcome.slip.line} ${outcome.slip.kind}: ${outcome.slip.description} -> ${outcome.findings} findings`);
        for (const message of outcome.messages.slice(0, 6)) {
            console.log(`    ${message}`);
        }
    }
});
const header = ['slip', 'slips', '1-2 findings', '>3', 'worst', 'leak into another file', 'unnoticed'];
const widths = header.map((h, i) => Math.max(h.length, i === 0 ? 26 : 6));
console.log(`\nsingle slips in ${Object.keys(examples).length} example files, each checked with the whole workspace (${((performance.now() - started) / 1000).toFixed(0)} s)`);
console.log(row(header, widths));
const groups = new Map<string, SlipOutcome[]>();
for (const outcome of outcomes) {
    groups.set(outcome.slip.kind, [...(groups.get(outcome.slip.kind) ?? []), outcome]);
}
for (const kind of slipKinds) {
    console.log(row(cells(kind, slipFigures(groups.get(kind) ?? [])), widths));
}
for (const file of Object.keys(examples)) {
    console.log(row(cells(file.replace('.journey', ''), slipFigures(outcomes.filter(o => o.slip.file === file))), widths));
}
const total = slipFigures(outcomes);
console.log(row(cells('all', total), widths));
const met = total.oneOrTwo >= 0.97 && total.worst <= 3 && total.leaking === 0 && total.unnoticed === 0;
console.log(`target (>= 97% with 1-2 findings, none over 3, none leaking, none unnoticed): ${met ? 'met' : 'not met'}`);
