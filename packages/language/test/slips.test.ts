import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { closestName } from '../src/text/closest-name.js';
import { diagnosticsOf } from './check-helper.js';
import { measureSlips, readExamples, slipFigures, slipKinds, slipsOf } from './slips/slip-mutations.js';

/** `line:column code message` of each error, 1-based, in text order (the small maps here lack metrics and reviews on purpose). */
async function findings(text: string, others: Record<string, string> = {}): Promise<string[]> {
    const diagnostics = await diagnosticsOf(text, others);
    return diagnostics.filter(d => d.severity === DiagnosticSeverity.Error)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`);
}

const team = 'team Web "Web team"\n';
const touchpoint = (body: string) => `${team}journey J {\n  stage Buy {\n    touchpoint Pay {\n${body}\n    }\n  }\n}\n`;

describe('one slip, one precise finding', () => {
    it('reads a date in another shape and names the YYYY-MM-DD form to write', async () => {
        expect(await findings('journey J {\n  reviewed 25.11.2026\n}')).toEqual([
            "2:12 invalid-date '25.11.2026' is not written as a date here: dates are YYYY-MM-DD, so write 2026-11-25."
        ]);
        expect(await findings('journey J {\n  reviewed 11/25/2026\n}')).toEqual([
            "2:12 invalid-date '11/25/2026' is not written as a date here: dates are YYYY-MM-DD, so write 2026-11-25."
        ]);
        expect(await findings('journey J {\n  reviewed 2026-1-5\n}')).toEqual([
            "2:12 invalid-date '2026-1-5' is not written as a date here: dates are YYYY-MM-DD, so write 2026-01-05."
        ]);
        expect(await findings('journey J {\n  reviewed 05/06/2026\n}')).toEqual([
            "2:12 invalid-date '05/06/2026' could be 5 June 2026 or 6 May 2026: write dates as YYYY-MM-DD, e.g. 2026-09-30."
        ]);
    });

    it('says a touchpoint has one owner when given a list, and reads a list of channels', async () => {
        expect(await findings(touchpoint('      channel web\n      owner Web, CX'))).toEqual([
            "6:16 syntax-error A touchpoint has one owner: keep either 'Web' or 'CX'."
        ]);
        expect(await findings(touchpoint('      channel web, email\n      owner Web'))).toEqual([]);
    });

    it('reads a misspelt keyword as the one of its block it is closest to, and still finds later mistakes', async () => {
        const text = `${team}journey J {\n  stage Buy {\n    touchpont Browse "Browse" {\n      channel web\n    }\n`
            + '    touchpoint Cart "Cart" { channel web }\n  }\n  flow { Browse -> Cartt }\n}\n';
        expect(await findings(text)).toEqual([
            "4:5 syntax-error 'touchpont' is not something a stage can hold. Did you mean 'touchpoint'?",
            "9:20 unresolved-reference Unknown touchpoint 'Cartt': journey 'J' has no touchpoint of that name. Did you mean 'Cart'?"
        ]);
    });

    it('leaves out a line the block cannot hold, listing what it can hold', async () => {
        expect(await findings(touchpoint('      channel web\n      colour "blue"\n      owner Web'))).toEqual([
            "6:7 syntax-error 'colour' is not something a touchpoint can hold; a touchpoint holds 'channel', 'owner', 'direct', 'indirect', "
            + "'frontstage', 'backstage', 'does', 'thinks', 'says', 'support', 'artifact', 'feels' or 'moment'."
        ]);
        expect(await findings(touchpoint('      channel web\n      backstory "None"'))).toEqual([
            "6:7 syntax-error 'backstory' is not something a touchpoint can hold; a touchpoint holds 'channel', 'owner', 'direct', 'indirect', "
            + "'frontstage', 'backstage', 'does', 'thinks', 'says', 'support', 'artifact', 'feels' or 'moment'."
        ]);
    });

    it('says what the block holds when a word it cannot hold follows on the same line', async () => {
        expect(await findings(`${team}journey J {\n  stage S { touchpoint T { channel web backstory "x" } }\n}`)).toEqual([
            "3:40 syntax-error 'backstory' is not something a touchpoint can hold; a touchpoint holds 'channel', 'owner', 'direct', 'indirect', "
            + "'frontstage', 'backstage', 'does', 'thinks', 'says', 'support', 'artifact', 'feels' or 'moment'."
        ]);
    });

    it('says what a block holds when a value stands on its own', async () => {
        expect(await findings(`${team}journey J {\n  stage S { touchpoint T { does "Reads reviews" "Reads reviews" } }\n}`)).toEqual([
            "3:49 syntax-error Unexpected '\"Reads reviews\"' after '\"Reads reviews\"': a touchpoint holds 'channel', 'owner', 'direct', 'indirect', "
            + "'frontstage', 'backstage', 'does', 'thinks', 'says', 'support', 'artifact', 'feels' or 'moment', each followed by its value."
        ]);
    });

    it('names the block left open and where it opened', async () => {
        const text = `${team}journey J {\n  stage Checkout "Checkout" {\n    touchpoint Pay { channel web }\n  stage Done {\n    touchpoint Thanks { channel email }\n  }\n}\n`;
        expect(await findings(text)).toEqual([
            "3:29 syntax-error The stage 'Checkout' opened at 3:29 is not closed: its '}' is missing before line 5."
        ]);
        expect(await findings(`${team}journey J {\n  stage Done {\n    touchpoint Thanks { channel email }\n  }\n`)).toEqual([
            "2:11 syntax-error The journey 'J' opened at 2:11 is not closed: its '}' is missing at the end of the file."
        ]);
        expect(await findings(`${team}journey J {\n  stage Done {\n    touchpoint Thanks { channel email }\n`)).toEqual([
            "3:14 syntax-error The stage 'Done' opened at 3:14 and the journey 'J' opened at 2:11 are not closed: their '}' are missing at the end of the file."
        ]);
    });

    it('names the block whose opening brace is missing', async () => {
        const text = `${team}journey J {\n  stage Checkout "Checkout"\n    touchpoint Pay { channel web }\n  }\n}\n`;
        expect(await findings(text)).toEqual([
            "3:3 syntax-error The stage 'Checkout' has no '{' to open its block: add '{' at the end of line 3."
        ]);
    });

    it('finds the text whose closing quote is missing when the quotes after it no longer pair up', async () => {
        const text = `${team}journey J {\n  metric M at Buy { unit "CSAT score current 85 target 90 source "support desk" }\n  stage Buy { touchpoint Pay { channel web } }\n}\n`;
        expect(await findings(text)).toEqual([
            '3:26 syntax-error This text has no closing quote (") where it should end: the quotes after it on this line no longer pair up.'
        ]);
    });

    it('keeps the block of a title whose closing quote is missing', async () => {
        const text = `${team}journey J {\n  stage Checkout "Checkout {\n    touchpoint Pay { channel web }\n  }\n}\n`;
        expect(await findings(text)).toEqual(['3:18 syntax-error This text has no closing quote (") on its line.']);
    });

    it('keeps the place of a metric or pain whose title lacks its closing quote, and says where the quote goes', async () => {
        const text = `${team}journey J {
  stage Buy { touchpoint Pay { channel web } }
  metric Sales "Sales (index, before = 100) at Pay {
    target 110
  }
  pain Slow "Slow at Pay { severity trivial }
}
`;
        expect(await findings(text)).toEqual([
            '4:16 syntax-error This text has no closing quote ("): add it before \'at Pay\'.',
            '7:13 syntax-error This text has no closing quote ("): add it before \'at Pay\'.'
        ]);
        const fix = ((await diagnosticsOf(text)).find(d => d.code === 'syntax-error')!.data as { fix: { offset: number; length: number; newText: string } }).fix;
        expect(text.slice(0, fix.offset) + fix.newText + text.slice(fix.offset)).toContain('metric Sales "Sales (index, before = 100)" at Pay {');
    });
});

describe('valid text the repairs leave alone', () => {
    it('reads values continued on the next line, keywords as names and scorecards over several lines', async () => {
        const text = `${team}persona Sarah "Sarah"\njourney J {\n  reviewed 2026-10-15\n    every quarter\n  personas\n    Sarah\n`
            + '  stage metric "Named like a keyword" {\n    touchpoint stage {\n      channel web\n'
            + '      moment of truth { score ease 2\n        credibility 3 }\n    }\n  }\n}\n';
        expect(await findings(text)).toEqual([]);
    });
});

describe('suggestions that find what was meant', () => {
    it('counts a swap of two letters as one slip', () => {
        expect(closestName('Sarha', ['Sarah', 'Marco'])).toBe('Sarah');
        expect(closestName('tema', ['team', 'journey'])).toBe('team');
    });

    it('suggests nothing that is too far off', () => {
        expect(closestName('backstory', ['backstage'])).toBeUndefined();
        expect(closestName('comment', ['moment'])).toBeUndefined();
    });

    it('suggests a transposed persona name in the check', async () => {
        const text = 'persona Sarah "Sarah"\nchannel web "Web"\njourney J {\n  personas Sarha\n}\n';
        expect(await findings(text)).toContain(
            "4:12 unresolved-reference Unknown persona 'Sarha': no file of the workspace declares it. Did you mean 'Sarah'?");
    });
});

/**
 * A fast subset of `npm run bench:slips`: single slips of every kind in every example, each checked with the
 * whole example workspace, held to the same targets.
 */
describe('single slips in the examples', () => {
    it('give one or two findings, in the file with the slip', async () => {
        const examples = readExamples();
        const slips = Object.entries(examples).flatMap(([file, text]) => slipsOf(file, text, 1));
        expect(new Set(slips.map(slip => slip.kind))).toEqual(new Set(slipKinds));
        const outcomes = await measureSlips(examples, slips);
        const figures = slipFigures(outcomes);
        const report = outcomes.filter(o => o.findings === 0 || o.findings > 2 || o.elsewhere > 0)
            .map(o => `${o.slip.file}:${o.slip.line} ${o.slip.description}: ${o.messages.join(' | ')}`);
        expect(figures.slips).toBeGreaterThan(30);
        expect(figures.oneOrTwo, report.join('\n')).toBeGreaterThanOrEqual(0.97);
        expect(figures.worst, report.join('\n')).toBeLessThanOrEqual(3);
        expect(figures.leaking, report.join('\n')).toBe(0);
        expect(figures.unnoticed, report.join('\n')).toBe(0);
    }, 120_000);
});
