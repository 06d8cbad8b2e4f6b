import fc from 'fast-check';

/** Free text as a map writer might type it, any Unicode included, quoted and escaped for a `.journey` file. */
export const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map(value =>
    `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\u2028\u2029]/g, ' ')}"`);

const name = fc.stringMatching(/^[A-Z][a-z]{1,5}[0-9]?$/);

export interface GeneratedMap {
    readonly text: string;
    /** Whether every emotion lies on the default scale and every share within 0..100. */
    readonly touchpoints: number;
}

/**
 * Random maps that follow the grammar: stages with sub-stages and touchpoints, emotions (sometimes off the
 * scale), flows with shares and drop-offs, metrics, pains, opportunities and experiments, with arbitrary
 * titles. They parse without syntax errors; the checks may find problems, as in real maps.
 */
export const journeyMap: fc.Arbitrary<GeneratedMap> = fc.uniqueArray(name, { minLength: 3, maxLength: 24 }).chain(names => {
    const [journeyName, ...rest] = names;
    const stageCount = Math.max(1, Math.floor(rest.length / 4));
    const stageNames = rest.slice(0, stageCount);
    const touchpointNames = rest.slice(stageCount);
    return fc.record({
        titles: fc.array(text, { minLength: names.length, maxLength: names.length }),
        scores: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: touchpointNames.length, maxLength: touchpointNames.length }),
        placement: fc.array(fc.nat(stageCount - 1), { minLength: touchpointNames.length, maxLength: touchpointNames.length }),
        nested: fc.boolean(),
        steps: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.integer({ min: 0, max: 120 })), fc.boolean()), { maxLength: 12 }),
        metrics: fc.array(fc.tuple(fc.nat(), fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true })), fc.option(fc.integer({ min: 0, max: 100 }))), { maxLength: 4 }),
        pains: fc.array(fc.tuple(fc.nat(), fc.constantFrom('trivial', 'workaround', 'abandon'), fc.boolean()), { maxLength: 4 }),
        kind: fc.constantFrom('current-state', 'future-state', 'day-in-the-life', 'service-blueprint')
    }).map(r => {
        const lines = [`persona Sarah ${r.titles[0]}`, 'team Web "Web"', `journey ${journeyName} ${r.titles[0]} {`, `  kind ${r.kind}`, '  reviewed 2026-10-01 every quarter'];
        stageNames.forEach((stage, s) => {
            const inner = touchpointNames.filter((_, t) => r.placement[t] === s)
                .map(t => `touchpoint ${t} ${r.titles[1 + rest.indexOf(t)]} { channel web owner Web feels Sarah ${r.scores[touchpointNames.indexOf(t)]} ${r.titles[0]} }`);
            const body = r.nested && s === 0 ? [`stage ${stage}Inner { ${inner.join(' ')} }`] : inner;
            lines.push(`  stage ${stage} ${r.titles[1 + s]} {`, ...body.map(line => `    ${line}`), '  }');
        });
        if (touchpointNames.length > 0 && r.steps.length > 0) {
            lines.push('  flow Sarah {');
            for (const [from, to, share, drop] of r.steps) {
                const target = drop ? 'drop' : touchpointNames[to % touchpointNames.length];
                lines.push(`    ${touchpointNames[from % touchpointNames.length]} -> ${target}${share === null ? '' : ` ${share}%`}`);
            }
            lines.push('  }');
        }
        const places = [...stageNames, ...touchpointNames];
        r.metrics.forEach(([at, current, target], i) => lines.push(`  metric M${i} "Metric ${i}" at ${places[at % places.length]} {${current === null ? '' : ` current ${Number(current.toFixed(2))}`}${target === null ? '' : ` target ${target}`} }`));
        r.pains.forEach(([at, severity, solved], i) => {
            lines.push(`  pain P${i} "Pain ${i}" at ${places[at % places.length]} { severity ${severity} affects Sarah }`);
            if (solved) {
                lines.push(`  opportunity O${i} "Fix ${i}" { solves P${i} impact high effort low owner Web }`);
                lines.push(`  experiment E${i} "Try ${i}" { for O${i} hypothesis "h" metric M0 expect -10% status planned }`);
            }
        });
        lines.push('}', '');
        return { text: lines.join('\n'), touchpoints: touchpointNames.length };
    });
});

/** A broken text and the kind of damage done to it, so that a run can count what it tried. */
export interface Mutated {
    readonly kind: string;
    readonly text: string;
}

/** Ways real files get broken: cut, doubled, shuffled, sprinkled with odd characters, or given a very long text. */
export function mutation(source: string): fc.Arbitrary<Mutated> {
    const at = fc.nat(source.length);
    const odd = fc.constantFrom('\u0000', '\uFEFF', '\r\n', '"', '"""', '{', '}', '->', '%', '\u202E', '\uD800', '😀', 'é', '\t', '//', '/*', '..', '-', '999999999999999999999');
    const kind = (name: string, texts: fc.Arbitrary<string>) => texts.map(text => ({ kind: name, text }));
    const insert = (position: number, inserted: string) => source.slice(0, position) + inserted + source.slice(position);
    return fc.oneof(
        kind('cut', at.map(cut => source.slice(0, cut))),
        kind('span deleted', fc.tuple(at, at).map(([a, b]) => source.slice(0, Math.min(a, b)) + source.slice(Math.max(a, b)))),
        kind('span doubled', fc.tuple(at, at).map(([a, b]) => source.slice(0, Math.max(a, b)) + source.slice(Math.min(a, b), Math.max(a, b)) + source.slice(Math.max(a, b)))),
        kind('odd characters', fc.tuple(at, odd).map(([position, inserted]) => insert(position, inserted))),
        kind('binary junk', fc.tuple(at, fc.string({ unit: 'binary', maxLength: 8 })).map(([position, junk]) => insert(position, junk))),
        kind('words swapped', fc.tuple(at, at).map(([a, b]) => {
            const words = source.split(/(\s+)/);
            const i = a % words.length;
            const j = b % words.length;
            [words[i], words[j]] = [words[j], words[i]];
            return words.join('');
        })),
        // Texts of up to 30,000 characters (far longer ones: the hostile sizes of property.test.ts), on one line or over many, closed or not, wherever they land.
        kind('long text', fc.tuple(at, fc.integer({ min: 1_000, max: 30_000 }), fc.constantFrom('"', '"""'), fc.boolean(), fc.boolean())
            .map(([position, length, quote, lines, closed]) => {
                const body = lines ? 'a few words\n'.repeat(Math.ceil(length / 12)) : 'x'.repeat(length);
                return insert(position, ` ${quote}${body}${closed ? quote : ''} `);
            }))
    );
}
