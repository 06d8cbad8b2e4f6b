import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const examples = resolve(import.meta.dirname, '../../../examples');
const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../src/reports/journey-report.schema.json'), 'utf8'));
const today = '2026-11-22';

// User text that must stay text: markup, a Markdown pipe, and spreadsheet formulas.
const hostile = `persona Ana "Ana <b>bold</b>"
journey Shop "Shop <script>alert(1)</script> | pipe" {
  reviewed 2026-11-01
  stage Buy {
    touchpoint Cart "=HYPERLINK(\\"http://x\\")" { channel web feels Ana -2 "@angry" }
  }
  metric Conv "+Conversion" at Buy { target 40 current 30 }
  pain Slow "-slow" at Cart { severity abandon affects Ana }
}
`;

describe('journey report', () => {
    it('writes one self-contained HTML page to stdout, escaping every user-written text', () => {
        const dir = workspace({ 'shop.journey': hostile });
        const result = runJourney(['report', 'shop.journey', '--today', today], dir);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const html = result.stdout;
        expect(html).not.toMatch(/<script/i);
        expect(html).toContain('Shop &lt;script&gt;alert(1)&lt;/script&gt; | pipe');
        expect(html).toContain('<svg');
        expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
        for (const id of ['map', 'freshness', 'emotions', 'pains', 'opportunities', 'experiments', 'metrics', 'moments', 'flows', 'coverage', 'channels', 'diagnostics']) {
            expect(html).toContain(`<section id="${id}">`);
        }
        expect(html.indexOf('id="diagnostics"')).toBeGreaterThan(html.indexOf('id="channels"'));
    });

    it('writes Markdown with a Mermaid journey block and escaped, formula-safe tables', () => {
        const dir = workspace({ 'shop.journey': hostile });
        const result = runJourney(['report', 'shop.journey', '-f', 'md', '--today', today], dir);
        expect(result.code).toBe(0);
        const md = result.stdout;
        expect(md).toContain('# Shop &lt;script&gt;alert\\(1\\)&lt;\\/script&gt; \\| pipe');
        // Mermaid: -2 on the default scale is 1; the actor is the persona's name.
        expect(md).toContain('```mermaid\njourney\n    title Shop ‹script›alert(1)‹/script› | pipe\n    section Buy\n      =HYPERLINK("http∶//x"): 1: Ana\n```');
        expect(md).toContain(`| '+Conversion | Buy | 30 | 40 | higher \\(from current value and target\\) | 10 to go \\(25% of the target\\) | off target |   |`);
        expect(md).toContain(`| '-slow | abandon |`);
    });

    it('adds the map\'s own source as a ```journey block with --journey-block, in a fence its text cannot close', () => {
        const map = 'journey Fenced "Fenced" {\n  reviewed 2026-11-01\n  // a comment with ``` and ```` in it\n  stage Buy { touchpoint Cart { channel web } }\n}';
        const dir = workspace({ 'other.journey': 'journey Other {\n  stage S { touchpoint T { channel web } }\n}\n', 'fenced.journey': `// before the journey\n${map}\n// after it\n` });
        const plain = runJourney(['report', 'fenced.journey', '-f', 'md', '--today', today], dir).stdout;
        expect(plain).not.toContain('```journey');
        expect(plain).not.toContain('## Journey map');
        const result = runJourney(['report', 'fenced.journey', '-f', 'md', '--journey-block', '--today', today], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain(`## Journey map\n\nDrawn by the Journey Maps extension in the Markdown preview of VS Code; its source elsewhere.\n\n\`\`\`\`\`journey\n${map}\n\`\`\`\`\`\n`);
        expect(result.stdout.indexOf('## Journey map')).toBeGreaterThan(result.stdout.indexOf('```mermaid'));
        expect(result.stdout).not.toContain('before the journey');
    });

    it('writes JSON that its shipped schema accepts, with the model and the analyses', () => {
        const dir = workspace({});
        const result = runJourney(['report', join(examples, 'activewear-first-purchase.journey'), join(examples, 'shared.journey'), '-f', 'json', '--today', today], dir);
        expect(result.stderr).toBe('');
        const report = JSON.parse(result.stdout);
        const validate = new Ajv({ strict: true }).compile(schema);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(report).toMatchObject({ schemaVersion: 2, today, journey: { name: 'ActivewearFirstPurchase' } });
        expect(report.analysis.dropOffs[0]).toMatchObject({ touchpoint: 'AddToCart', share: 70 });
        expect(report.analysis.metrics[0]).toMatchObject({ name: 'CartAbandonment', gap: 10, status: 'off-target' });
        // The schema is strict: an unknown field is refused, so the test follows the output's shape.
        expect(validate({ ...report, extra: true })).toBe(false);
    });

    it('compares segments at each touchpoint and shows the health of each channel, in JSON, Markdown and HTML', () => {
        const dir = workspace({});
        const args = [join(examples, 'checkout-across-channels.journey'), join(examples, 'shared.journey'), '--today', today];
        const report = JSON.parse(runJourney(['report', ...args, '-f', 'json'], dir).stdout);
        const validate = new Ajv({ strict: true }).compile(schema);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        // Sign-in: first-time buyers -2, returning customers +1 on -2 .. 2: a spread of 3, one helped while the other is hurt.
        expect(report.analysis.segments.moments.map((m: { touchpoint: string; spread: number; helped: string[]; hurt: string[] }) =>
            [m.touchpoint, m.spread, m.helped, m.hurt])).toEqual([
            ['ProductPage', 0, ['FirstTime', 'Returning'], []],
            ['SignIn', 3, ['Returning'], ['FirstTime']],
            ['Payment', 3, ['Returning'], ['FirstTime']],
            ['Confirmation', 1, ['FirstTime'], []]
        ]);
        // web: product page, sign-in and payment, where Sarah feels +1 and -2 and Marco +1 and +2: a mean of 0.5.
        expect(report.analysis.channelHealth.map((h: { channel: { name: string }; touchpoints: string[]; averageScore?: number; offTarget: number }) =>
            [h.channel.name, h.touchpoints.length, h.averageScore, h.offTarget])).toEqual([['web', 3, 0.5, 1], ['email', 1, undefined, 1], ['app', 4, 0.5, 0]]);
        expect(report.journey.touchpoints[0].channels.map((c: { name: string }) => c.name)).toEqual(['web', 'app']);
        expect(report.analysis.funnels.map((f: { segment: string; completion: number }) => [f.segment, f.completion])).toEqual([['FirstTime', 58.5], ['Returning', 95]]);
        const md = runJourney(['report', ...args, '-f', 'md'], dir).stdout;
        expect(md).toContain('| Sign in or create an account | Pay | −2 \\(forced to register\\) | 1 \\(signed in already\\) | 3 | helps Returning customers; hurts First-time buyers |');
        expect(md).toContain('| Website | Checkout conversion on the website | 2.4% | 3.5% | off target | 1.1 points to go \\(31.43% of the target\\) | 3 | 0.5 |');
        expect(md).toContain('| Abandonment at sign-in | Sign in or create an account | 35% | 15% |');
        expect(md).toContain('38% -&gt; 35%, −3 points; projected 18% |');
        const html = runJourney(['report', ...args], dir).stdout;
        expect(html).toContain('<section id="segments">');
        expect(html).toContain('<section id="channel-health">');
    }, 120_000);

    it('writes a folder for several journeys: a report each and an index; CSV tables guarded against formulas', () => {
        const dir = workspace({});
        const html = runJourney(['report', examples, '-o', 'site', '--today', today], dir);
        expect(html.stderr).toBe('');
        expect(html.code).toBe(0);
        const written = readdirSync(join(dir, 'site')).sort();
        expect(written).toEqual(['ActivewearFirstPurchase.html', 'CheckoutAcrossChannels.html', 'CuriousColleenVacuum.html', 'SupportResponseTime.html', 'TouchpointImprovements.html', 'index.html']);
        const index = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
        expect(index).toContain('<a href="ActivewearFirstPurchase.html">Activewear: Sarah&#39;s first purchase</a>');
        const shop = workspace({ 'shop.journey': hostile });
        expect(runJourney(['report', '.', '-f', 'csv', '-o', 'tables', '--today', today], shop).code).toBe(0);
        expect(readdirSync(join(shop, 'tables')).sort()).toEqual(['Shop-experiments.csv', 'Shop-metrics.csv', 'Shop-opportunities.csv', 'Shop-pains.csv', 'Shop-touchpoints.csv']);
        expect(readFileSync(join(shop, 'tables', 'Shop-touchpoints.csv'), 'utf8')).toBe(
            'stage,touchpoint,title,channel,owner,reach,lane,feels Ana,moment of truth,moment score\n' +
            `Buy,Cart,"'=HYPERLINK(""http://x"")",web,,direct,frontstage,-2,no,\n`);
        expect(readFileSync(join(shop, 'tables', 'Shop-metrics.csv'), 'utf8')).toContain(`Conv,'+Conversion,Buy,,,30,40,higher,10,25,off-target,,,,,,\n`);
    });

    it('exits like journey check: 1 with errors (still writing the report), 2 for usage errors, never over a map', () => {
        const other = 'journey Other { stage S { touchpoint T } }\n';
        const dir = workspace({ 'shop.journey': 'journey Shop { stage S { touchpoint T { feels Nobody 1 } } }\n', 'other.journey': other });
        const failing = runJourney(['report', 'shop.journey', '-o', 'shop.html', '--today', today], dir);
        expect(failing.code).toBe(1);
        expect(readFileSync(join(dir, 'shop.html'), 'utf8')).toContain('unresolved-reference');
        expect(runJourney(['report', 'other.journey', '--today', today, '--max-warnings', '0'], dir).code).toBe(1);
        expect(runJourney(['report', 'other.journey', '-f', 'md', '-o', 'other.journey'], dir)).toMatchObject({
            code: 2, stderr: 'journey: cannot write a md report to other.journey: name it .md\n'
        });
        expect(readFileSync(join(dir, 'other.journey'), 'utf8')).toBe(other);
        expect(runJourney(['report', '.'], dir)).toMatchObject({ code: 2, stderr: 'journey: the maps hold 2 journeys: give a folder with -o to get one report each\n' });
        expect(runJourney(['report', 'other.journey', '-f', 'csv'], dir).stderr).toBe('journey: csv writes one file per table: give a folder with -o\n');
    });
});

describe('journey report: funnels', () => {
    // The worked example of the README's Funnels section, read from the README itself.
    const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const funnelExample = /### Funnels\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme)![1];

    it("computes the README's worked example: 100, 10, 50, 35, 31.5% reached; 31.5% finish", () => {
        const dir = workspace({ 'checkout.journey': funnelExample });
        const result = runJourney(['report', 'checkout.journey', '-f', 'json', '--today', today], dir);
        const report = JSON.parse(result.stdout);
        expect(new Ajv({ strict: true }).compile(schema)(report)).toBe(true);
        expect(report.analysis.funnels).toEqual([{
            flow: 'flow-1', flowTitle: 'Every visitor',
            steps: [['Product', 100], ['Saved', 10], ['Cart', 50], ['Pay', 35], ['Done', 31.5]].map(([touchpoint, reached]) => ({ touchpoint, reached })),
            completion: 31.5
        }]);
    });

    it('draws the funnel as bars in HTML (no style attribute, no script), as a table in Markdown, with a headline tile', () => {
        const dir = workspace({ 'checkout.journey': funnelExample });
        const html = runJourney(['report', 'checkout.journey', '--today', today], dir).stdout;
        expect(html).toContain('<section id="funnels">');
        expect(html).toContain('<li><b>31.5%</b>of those who start finish (Every visitor)</li>');
        expect(html).toContain('<rect width="35" height="10" class="bar-fill"/></svg> 35%');
        expect(html).not.toMatch(/style="/);
        const md = runJourney(['report', 'checkout.journey', '-f', 'md', '--today', today], dir).stdout;
        expect(md).toContain('**Every visitor: 31.5% of those who start finish**');
        expect(md).toContain('| Pay | Buy | 35% |');
    });
});

describe('journey report: emotion curves along the flow', () => {
    it("says which order each curve follows: Marco's along his flow, without the reply bands he does not take", () => {
        const dir = workspace({});
        const md = runJourney(['report', join(examples, 'support-response-time.journey'), join(examples, 'shared.journey'), '-f', 'md', '--today', today], dir).stdout;
        expect(md).toContain('**Marco, loyal returning customer: troughs \\(mean feeling 0; along the flow');
        expect(md).toContain('along the flow Marco asks where his parcel is; off the flow, not joined: First reply in under 1 minute, ');
        // His steepest drops are along his path only: from the 1-5 minute reply to the agent, and on to the survey.
        expect(md).toContain('| First reply in 1-5 minutes \\(2\\) | The agent solves the problem in the chat \\(1\\) | 1 |');
        expect(md).not.toContain('| First reply in under 1 minute \\(3\\) |');
    });
});

describe('journey report: metric direction and status', () => {
    it('infers direction, reports a baseline-only metric as not measured yet, and gives % gaps in points', () => {
        const dir = workspace({ 'shop.journey': `journey Shop {
  reviewed 2026-11-01
  stage Buy { touchpoint Cart { channel web } }
  metric Conversion at Cart { unit % current 2 target 28 better higher }
  metric Nps at Buy { baseline 55 target 75 }
  metric Wait at Cart { unit min current 12 target 5 }
}
` });
        const md = runJourney(['report', 'shop.journey', '-f', 'md', '--today', today], dir).stdout;
        // 28 - 2 = 26 percentage points; 26 / 28 = 92.86% of the target.
        expect(md).toContain('| Conversion | Cart | 2% | 28% | higher | 26 points to go \\(92.86% of the target\\) | off target |');
        // No direction written and no baseline: the target 5 below the current 12 says lower is better; 7 min to go.
        expect(md).toContain('| Wait | Cart | 12 min | 5 min | lower \\(from current value and target\\) | 7 min to go \\(140% of the target\\) | off target |');
        // Baseline only: not measured yet; 75 above 55, so higher is better; the baseline was 20 away.
        expect(md).toContain('| Nps | Buy | not measured yet | 75 | higher \\(from baseline and target\\) | from the baseline 55: 20 to go | not measured yet |');
        expect(md).toContain('metric-without-direction');
    });
});

describe('journey report: experiments', () => {
    const lab = `journey Lab {
  reviewed 2026-11-01
  stage S { touchpoint T { channel web } }
  metric Wait at T { unit min baseline 10 current 9 target 7 better lower }
  opportunity Triage { owner Web impact high effort low }
  experiment Bot "=Chat bot" { for Triage hypothesis "h" metric Wait expect -30% observed -12% status won result "-12% wait" }
}
team Web
`;

    it('lists experiments with threshold, observed result and verdict in HTML, Markdown, CSV and JSON', () => {
        const dir = workspace({ 'lab.journey': lab });
        const md = runJourney(['report', 'lab.journey', '-f', 'md', '--today', today], dir).stdout;
        // -12% is a smaller fall than the -30% threshold: missed, though marked won.
        expect(md).toContain("| '=Chat bot | Triage | Wait |   | won | change −30% | change −12% | missed the threshold, but marked won | '-12% wait |");
        expect(md).toContain('experiment-verdict-mismatch');
        const html = runJourney(['report', 'lab.journey', '--today', today], dir).stdout;
        expect(html).toContain('<td class="bad">missed the threshold, but marked won</td>');
        const json = JSON.parse(runJourney(['report', 'lab.journey', '-f', 'json', '--today', today], dir).stdout);
        const validate = new Ajv({ strict: true }).compile(schema);
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json.analysis.experiments).toEqual([expect.objectContaining({ name: 'Bot', meetsThreshold: false, mismatch: true, observed: { value: -12, percent: true } })]);
        expect(runJourney(['report', 'lab.journey', '-f', 'csv', '-o', 'tables', '--today', today], dir).code).toBe(0);
        expect(readFileSync(join(dir, 'tables', 'Lab-experiments.csv'), 'utf8')).toBe(
            'experiment,title,for,metric,kind,status,expect,expect is a change %,observed,observed is a change %,reached the threshold,status disagrees,result\n' +
            "Bot,'=Chat bot,Triage,Wait,,won,-30,yes,-12,yes,no,yes,'-12% wait\n");
    });
});

describe('journey report: texts over several lines', () => {
    it('keep their line breaks in HTML cells, CSV fields and JSON, and read as one line in a Markdown table', () => {
        const dir = workspace({ 'lab.journey': `journey Lab {
  reviewed 2026-11-01
  stage S { touchpoint T { channel web } }
  metric Wait at T { unit min baseline 10 current 9 target 7 better lower }
  opportunity Triage { owner Web impact high effort low }
  experiment Bot { for Triage metric Wait status won result """
      Wait fell
      by a <tenth>
      """ }
}
team Web
` });
        const html = runJourney(['report', 'lab.journey', '--today', today], dir).stdout;
        expect(html).toContain('<td>Wait fell\nby a &lt;tenth&gt;</td>');
        expect(html).toMatch(/th, td \{[^}]*white-space: pre-line;/);
        expect(runJourney(['report', 'lab.journey', '-f', 'md', '--today', today], dir).stdout).toContain('| Wait fell by a &lt;tenth&gt; |');
        expect(JSON.parse(runJourney(['report', 'lab.journey', '-f', 'json', '--today', today], dir).stdout).analysis.experiments[0].result).toBe('Wait fell\nby a <tenth>');
        expect(runJourney(['report', 'lab.journey', '-f', 'csv', '-o', 'tables', '--today', today], dir).code).toBe(0);
        expect(readFileSync(join(dir, 'tables', 'Lab-experiments.csv'), 'utf8')).toContain(',"Wait fell\nby a <tenth>"\n');
    });
});

describe('journey report: before and after', () => {
    it('shows each change from the baseline: to the current value, or to the projected one', () => {
        const dir = workspace({ 'ba.journey': `journey Ba {
  reviewed 2026-11-01
  stage S { touchpoint T { channel web } }
  metric Sales at T { unit index baseline 100 current 115 target 110 better higher }
  metric Abandon at T { unit % baseline 70 current 68 target 60 }
  metric Opens at T { baseline 40 projected 50 target 45 }
}
` });
        const md = runJourney(['report', 'ba.journey', '-f', 'md', '--today', today], dir).stdout;
        expect(md).toContain('| met | 100 index -&gt; 115 index, +15% |');
        expect(md).toContain('| off target | 70% -&gt; 68%, −2 points |');
        expect(md).toContain('| not measured yet | 40 -&gt; 50 projected, +25% |');
    });
});

describe('journey report: fix first', () => {
    it('puts one ranked list, with the reason for each rank, at the top of HTML, Markdown and JSON', () => {
        const dir = workspace({});
        const args = [join(examples, 'activewear-first-purchase.journey'), join(examples, 'shared.journey'), '--today', today];
        const html = runJourney(['report', ...args], dir).stdout;
        expect(html.indexOf('<section id="fix-first">')).toBeGreaterThan(0);
        expect(html.indexOf('<section id="fix-first">')).toBeLessThan(html.indexOf('<section id="map">'));
        const md = runJourney(['report', ...args, '-f', 'md'], dir).stdout;
        expect(md.indexOf('## Fix first')).toBeLessThan(md.indexOf('## Emotion curve'));
        const report = JSON.parse(runJourney(['report', ...args, '-f', 'json'], dir).stdout);
        const validate = new Ajv({ strict: true }).compile(schema);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(report.analysis.fixFirst.length).toBe(report.journey.pains.length);
        for (const entry of report.analysis.fixFirst) {
            expect(md).toContain(entry.why.replace(/[()]/g, (c: string) => `\\${c}`));
        }
    });
});

describe('journey report: small defects', () => {
    it('never shows "?" as the headline drop-off, says "every quarter", and counts no backstage step in coverage', () => {
        const dir = workspace({ 'shop.journey': `persona Ana
journey Shop {
  reviewed 2026-11-01 every 1 quarter
  stage Buy {
    touchpoint Cart { channel web feels Ana -1 }
    touchpoint Ledger { backstage }
  }
  flow Ana { Cart -> drop "leaves" }
}
` });
        const md = runJourney(['report', 'shop.journey', '-f', 'md', '--today', today], dir).stdout;
        expect(md).toContain('- **1** drop-off without a share \\(first at Cart\\)');
        expect(md).not.toContain('?');
        expect(md).toContain('| fresh | 2026-11-01 | every quarter | 2027-02-01 |');
        // Ledger is backstage: Buy has one customer touchpoint, where Ana's feeling is recorded.
        expect(md).toContain('| Ana | 1\\/1 |');
        const none = workspace({ 'plain.journey': 'journey Plain { reviewed 2026-11-01 every 8 weeks stage S { touchpoint T { channel web } } }\n' });
        const plain = runJourney(['report', 'plain.journey', '-f', 'md', '--today', today], none).stdout;
        expect(plain).toContain('- **none** no drop-off recorded');
        expect(plain).toContain('| every 8 weeks |');
    });
});
