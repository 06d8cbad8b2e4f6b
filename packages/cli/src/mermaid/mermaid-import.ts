import { pascalCase, signedScore } from '@journey-maps/language/model';
import { mermaidScores } from './mermaid-export.js';

/** What a Mermaid `journey` diagram holds: a title, sections of tasks, each with a score and its actors. */
export interface MermaidJourney {
    readonly title?: string;
    readonly sections: readonly { readonly title: string; readonly tasks: readonly MermaidTask[] }[];
}

export interface MermaidTask {
    readonly title: string;
    readonly score: number;
    readonly actors: readonly string[];
}

export type ParsedMermaid = { readonly journey: MermaidJourney } | { readonly error: string; readonly line: number };

/**
 * Reads a Mermaid `journey` diagram as Mermaid does: `title`, `section`, tasks `name: score: actor, actor`,
 * `%%` comments and accessibility lines (which are skipped). Tasks before any section go to a section `Tasks`.
 */
export function parseMermaidJourney(text: string): ParsedMermaid {
    const sections: { title: string; tasks: MermaidTask[] }[] = [];
    let title: string | undefined;
    let header = false;
    let inDescription = false;
    const lines = text.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (inDescription) {
            inDescription = !line.includes('}');
            continue;
        }
        if (line === '' || line.startsWith('%%') || /^accTitle\s*:/.test(line) || /^accDescr\s*:/.test(line)) {
            continue;
        }
        if (/^accDescr\s*\{/.test(line)) {
            inDescription = !line.includes('}');
            continue;
        }
        if (!header) {
            if (!/^journey\b/i.test(line)) {
                return { error: 'a Mermaid journey diagram starts with the word journey', line: index + 1 };
            }
            header = true;
            continue;
        }
        const heading = /^(title|section)\s+(.+)$/i.exec(line);
        if (heading) {
            if (heading[1].toLowerCase() === 'title') {
                title = heading[2].trim();
            } else {
                sections.push({ title: heading[2].trim(), tasks: [] });
            }
            continue;
        }
        const task = /^([^:]+):([^:]*)(?::(.*))?$/.exec(line);
        const score = task ? Number(task[2].trim()) : NaN;
        if (!task || task[2].trim() === '' || Number.isNaN(score)) {
            return { error: `expected a task as 'name: score: actor, actor', found '${line}'`, line: index + 1 };
        }
        if (sections.length === 0) {
            sections.push({ title: 'Tasks', tasks: [] });
        }
        const actors = (task[3] ?? '').split(',').map(actor => actor.trim()).filter(Boolean);
        sections.at(-1)!.tasks.push({ title: task[1].trim(), score, actors });
    }
    if (!header) {
        return { error: 'the file is empty: a Mermaid journey diagram starts with the word journey', line: 1 };
    }
    return { journey: { title, sections } };
}

const identifier = /^[_a-zA-Z]\w*(-\w+)*$/;

/**
 * The `.journey` text of a Mermaid journey: sections become stages, tasks touchpoints, actors personas (declared
 * in the same file) and scores feelings on the default -2 .. +2 scale (Mermaid's 3 is 0). Consecutive tasks of
 * one name in a section are one touchpoint felt by each of their actors.
 */
export function journeyFromMermaid(diagram: MermaidJourney, journeyName: string, source: string): string {
    const names = new Set<string>(['drop']);
    const counters = new Map<string, number>();
    const nameFor = (text: string, fallback: string) => uniqueName(text, fallback, names, counters);
    const personas = new Map<string, string>();
    for (const actor of diagram.sections.flatMap(section => section.tasks.flatMap(task => task.actors))) {
        if (!personas.has(actor)) {
            personas.set(actor, identifier.test(actor) && !names.has(actor) ? remember(actor, names) : nameFor(actor, 'Persona'));
        }
    }
    const name = nameFor(journeyName, 'Journey');
    const out = [`// Imported from ${source} by journey import.`];
    for (const [actor, persona] of personas) {
        out.push(`persona ${persona} ${quote(actor)}`);
    }
    out.push('', `journey ${name} ${quote(diagram.title ?? journeyName)} {`);
    if (personas.size > 0) {
        out.push(`  personas ${[...personas.values()].join(', ')}`);
    }
    for (const section of diagram.sections) {
        out.push('', `  stage ${nameFor(section.title, 'Stage')} ${quote(section.title)} {`);
        /** The actors who already feel something at the touchpoint being written: one feeling each. */
        let felt = new Set<string>();
        section.tasks.forEach((task, i) => {
            if (section.tasks[i - 1]?.title !== task.title) {
                out.push(`    touchpoint ${nameFor(task.title, 'Touchpoint')} ${quote(task.title)} {`);
                felt = new Set();
            }
            if (task.actors.length === 0) {
                out.push(`      // Mermaid score ${task.score}, felt by no actor`);
            }
            for (const actor of new Set(task.actors)) {
                out.push(felt.has(actor)
                    ? `      // Mermaid also scores ${comment(actor)} ${task.score} here`
                    : `      feels ${personas.get(actor)} ${emotionText(task.score)}`);
                felt.add(actor);
            }
            if (section.tasks[i + 1]?.title !== task.title) {
                out.push('    }');
            }
        });
        out.push('  }');
    }
    out.push('}');
    return out.join('\n') + '\n';
}

/**
 * Mermaid's 1..5 onto the default scale -2..+2, clamped, to two decimals: the language writes numbers as
 * digits with an optional fraction, never with an exponent (3.0000001 would give 1e-7).
 */
function emotionText(score: number): string {
    const middle = (mermaidScores.min + mermaidScores.max) / 2;
    const emotion = Math.min(2, Math.max(-2, score - middle));
    return signedScore(Math.round(emotion * 100) / 100 || 0);
}

/**
 * An identifier from free text: its words in PascalCase, ASCII only, made unique with a number. `counters`
 * remembers the last number tried for each base, so that many tasks of one title cost no more than distinct ones.
 */
function uniqueName(text: string, fallback: string, taken: Set<string>, counters: Map<string, number>): string {
    let base = pascalCase(text);
    if (!/^[A-Za-z]/.test(base)) {
        base = fallback + base;
    }
    let candidate = base;
    let n = counters.get(base) ?? 1;
    while (taken.has(candidate)) {
        candidate = `${base}${++n}`;
    }
    counters.set(base, n);
    return remember(candidate, taken);
}

function remember(name: string, taken: Set<string>): string {
    taken.add(name);
    return name;
}

/** Control characters (NUL, escape, a lone carriage return, ...) mean nothing in a title: they are left out. */
const controlCharacters = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

function quote(text: string): string {
    return `"${text.replace(controlCharacters, '').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Text for a `//` comment: one line, without control characters. */
function comment(text: string): string {
    return text.replace(controlCharacters, '');
}
