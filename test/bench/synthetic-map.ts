/**
 * Synthetic workspaces for the benchmarks: one shared file and one journey of `touchpoints` touchpoints in
 * stages of ten, each touchpoint with a channel, an owner and an emotion, a flow through all of them, a
 * metric per stage and a pain with its opportunity every twenty touchpoints. Everything resolves and the
 * map is nearly clean, so the checks do their full work.
 */
export interface SyntheticWorkspace {
    readonly files: Record<string, string>;
    /** The same content as a JSON document, to compare with JSON.parse. */
    readonly json: string;
    readonly bytes: number;
}

const perStage = 10;

/** `name` tells the journeys of a workspace of many synthetic maps apart. */
export function syntheticWorkspace(touchpoints: number, name = `Synthetic${touchpoints}`): SyntheticWorkspace {
    const shared = 'persona Sarah "Sarah"\npersona Colleen "Colleen"\nteam Web "Web team"\nteam CX "CX"\n';
    const lines = [`journey ${name} "Synthetic map of ${touchpoints} touchpoints" {`, '  reviewed 2026-11-01 every quarter'];
    const stages: unknown[] = [];
    const stageCount = Math.ceil(touchpoints / perStage);
    for (let s = 0; s < stageCount; s++) {
        lines.push(`  stage S${s} "Stage ${s}" {`, `    goal "Goal of stage ${s}"`);
        const stageTouchpoints: unknown[] = [];
        for (let t = s * perStage; t < Math.min(touchpoints, (s + 1) * perStage); t++) {
            const score = (t % 5) - 2;
            lines.push(`    touchpoint T${t} "Touchpoint ${t}" { channel web owner Web does "Does thing ${t}" feels Sarah ${score} "word" }`);
            stageTouchpoints.push({ name: `T${t}`, title: `Touchpoint ${t}`, channel: 'web', owner: 'Web', does: [`Does thing ${t}`], emotions: [{ persona: 'Sarah', score, word: 'word' }] });
        }
        lines.push('  }');
        stages.push({ name: `S${s}`, title: `Stage ${s}`, goal: `Goal of stage ${s}`, touchpoints: stageTouchpoints });
    }
    lines.push('  personas Sarah, Colleen', '  flow Sarah {');
    const steps: unknown[] = [];
    for (let t = 0; t + 1 < touchpoints; t++) {
        lines.push(`    T${t} -> T${t + 1} 90%`);
        steps.push({ from: `T${t}`, to: `T${t + 1}`, share: 90 });
    }
    lines.push('  }');
    const metrics: unknown[] = [];
    const pains: unknown[] = [];
    const opportunities: unknown[] = [];
    for (let s = 0; s < stageCount; s++) {
        lines.push(`  metric M${s} "Metric ${s}" at S${s} { unit % baseline 40 current 45 target 50 better higher }`);
        metrics.push({ name: `M${s}`, title: `Metric ${s}`, at: `S${s}`, unit: '%', baseline: 40, current: 45, target: 50, better: 'higher' });
    }
    for (let t = 0; t < touchpoints; t += 20) {
        lines.push(`  pain P${t} "Pain ${t}" at T${t} { severity workaround affects Sarah }`);
        lines.push(`  opportunity O${t} "Opportunity ${t}" { solves P${t} impact high effort low owner Web }`);
        pains.push({ name: `P${t}`, title: `Pain ${t}`, at: `T${t}`, severity: 'workaround', affects: ['Sarah'] });
        opportunities.push({ name: `O${t}`, title: `Opportunity ${t}`, solves: [`P${t}`], impact: 'high', effort: 'low', owner: 'Web' });
    }
    lines.push('}', '');
    const map = lines.join('\n');
    const json = JSON.stringify({ name, stages, flows: [{ persona: 'Sarah', steps }], metrics, pains, opportunities });
    return {
        files: { 'shared.journey': shared, 'synthetic.journey': map },
        json,
        bytes: Buffer.byteLength(shared) + Buffer.byteLength(map)
    };
}
