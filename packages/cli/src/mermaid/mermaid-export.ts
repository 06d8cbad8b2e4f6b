import { emotionCurves, flowPath, type JourneyModel, type StageModel, type TouchpointModel } from '@journey-maps/language/model';

/** Mermaid's journey scores: 1 (worst) .. 5 (best). */
export const mermaidScores = { min: 1, max: 5 } as const;

/**
 * A Mermaid `journey` diagram of the map: sections are the stages (a sub-stage's section is titled
 * `Stage › Sub-stage`), tasks the touchpoints, actors the personas (by name), and each score the persona's
 * feeling mapped from the map's scale onto 1..5. Personas who feel differently at one touchpoint get one task
 * line per score; a touchpoint nobody feels anything at gets the middle score and no actor.
 *
 * Mermaid draws one order for every actor. When a persona's emotion curve follows a flow (`emotionCurves`, as in
 * the report; the first such persona), the tasks follow that flow's path (`flowPath`), a section starting wherever
 * the path enters another stage, and the touchpoints off the path come after it, under their stages in text order.
 * Otherwise the tasks follow the order of the map.
 */
export function mermaidJourney(model: JourneyModel): string {
    const touchpoints = new Map(model.touchpoints.map(touchpoint => [touchpoint.name, touchpoint]));
    const sections: { title: string; touchpoints: readonly string[] }[] = [];
    const visit = (stage: StageModel, path: string[]) => {
        const titles = [...path, stage.title];
        if (stage.touchpoints.length > 0 || stage.stages.length === 0) {
            sections.push({ title: taskText(titles.join(' › ')), touchpoints: stage.touchpoints });
        }
        stage.stages.forEach(sub => visit(sub, titles));
    };
    model.stages.forEach(stage => visit(stage, []));
    const sectionOf = new Map(sections.flatMap(section => section.touchpoints.map(name => [name, section.title] as const)));
    const path = flowOrder(model).filter(name => sectionOf.has(name));
    const lines = ['journey', `    title ${titleText(model.title)}`];
    let current: string | undefined;
    for (const name of path) {
        if (sectionOf.get(name) !== current) {
            current = sectionOf.get(name);
            lines.push(`    section ${current}`);
        }
        lines.push(...taskLines(touchpoints.get(name)!));
    }
    const onPath = new Set(path);
    for (const section of sections) {
        const rest = section.touchpoints.filter(name => !onPath.has(name));
        if (rest.length > 0 || section.touchpoints.length === 0) {
            lines.push(`    section ${section.title}`, ...rest.flatMap(name => taskLines(touchpoints.get(name)!)));
        }
    }
    return lines.join('\n') + '\n';
}

/** The path of the flow the first persona's emotion curve follows, as the report orders it; empty when no curve follows a flow. */
function flowOrder(model: JourneyModel): string[] {
    const curve = emotionCurves(model).find(candidate => candidate.order === 'flow');
    const flow = model.flows.find(candidate => candidate.id === curve?.flow);
    return flow ? flowPath(flow) : [];
}

function taskLines(touchpoint: TouchpointModel): string[] {
    const name = taskText(touchpoint.title);
    if (touchpoint.emotions.length === 0) {
        return [`      ${name}: ${(mermaidScores.min + mermaidScores.max) / 2}`];
    }
    const byScore = new Map<number, string[]>();
    for (const emotion of touchpoint.emotions) {
        const score = Math.round(mermaidScores.min + emotion.level * (mermaidScores.max - mermaidScores.min));
        byScore.set(score, [...new Set([...byScore.get(score) ?? [], emotion.persona])]);
    }
    return [...byScore].map(([score, personas]) => `      ${name}: ${score}: ${personas.join(', ')}`);
}

/**
 * Mermaid ends a title at `#`, `;` or a line break, and renders `<`, `>` as markup in its labels:
 * look-alike characters keep the text whole and inert (`%%` would start a directive), and a space keeps
 * `[text](url)` from being a link.
 */
function titleText(text: string): string {
    return text.replace(/#/g, '＃').replace(/;/g, '；').replace(/</g, '‹').replace(/>/g, '›').replace(/\]\(/g, '] (').replace(/%%/g, '%％').replace(/[\r\n]+/g, ' ');
}

/** Section and task names also end at `:`, and a leading `%` starts a comment. */
function taskText(text: string): string {
    return titleText(text).replace(/:/g, '∶').replace(/^%/, '％');
}
