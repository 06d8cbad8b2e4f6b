import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isDocument, type Journey, type Stage } from '../generated/ast.js';
import { journeyIndex } from '../model/ast-queries.js';
import { assessMetric } from '../model/metric-status.js';

/** A line above each stage: its touchpoints, pain points and metrics off target, at a glance. */
export class JourneyCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[]> {
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return [];
        }
        return root.elements.filter((element): element is Journey => element.$type === 'Journey')
            .flatMap(journey => journey.stages.map(stage => stageLens(journey, stage)))
            .filter((lens): lens is CodeLens => lens !== undefined);
    }
}

function stageLens(journey: Journey, stage: Stage): CodeLens | undefined {
    if (!stage.$cstNode) {
        return undefined;
    }
    const index = journeyIndex(journey);
    const places = new Set<unknown>([stage, ...index.stages.filter(s => isWithin(s, stage)), ...index.touchpointsOf(stage)]);
    const pains = journey.pains.filter(pain => places.has(pain.location?.ref));
    const metrics = journey.metrics.filter(metric => places.has(metric.location?.ref));
    const offTarget = metrics.filter(metric => assessMetric(metric).status === 'off-target');
    const parts = [
        count(index.touchpointsOf(stage).length, 'touchpoint'),
        count(pains.length, 'pain point'),
        count(metrics.length, 'metric') + (offTarget.length > 0 ? ` (${offTarget.length} off target)` : '')
    ];
    return { range: stage.$cstNode.range, command: { title: parts.join(' · '), command: '' } };
}

function isWithin(inner: Stage, outer: Stage): boolean {
    for (let node = inner.$container as unknown; node; node = (node as Stage).$container) {
        if (node === outer) {
            return true;
        }
    }
    return false;
}

function count(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
