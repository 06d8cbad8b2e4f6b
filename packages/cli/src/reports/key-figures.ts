import { numberText } from '@journey-maps/language/model';
import type { Funnel } from '@journey-maps/language/model';
import type { ReportInput } from './report-input.js';

export interface KeyFigure {
    readonly value: string;
    readonly label: string;
}

/** The few numbers a reader wants first: the biggest drop-off, metrics off target, pains nobody addresses, quick wins, freshness. */
export function keyFigures(input: ReportInput): KeyFigure[] {
    const { analysis } = input;
    // The biggest drop-off whose share is known; drop-offs without a share are counted, never shown as "?".
    const drop = analysis.dropOffs.find(d => d.share !== undefined);
    const unknown = analysis.dropOffs.filter(d => d.share === undefined);
    const funnel = analysis.funnels[0];
    const count = <T>(items: readonly T[], keep: (item: T) => boolean) => String(items.filter(keep).length);
    return [
        drop?.share !== undefined ? { value: `${numberText(drop.share)}%`, label: `leave at ${drop.title}` }
            : unknown.length > 0 ? { value: String(unknown.length), label: `drop-off${unknown.length === 1 ? '' : 's'} without a share (first at ${unknown[0].title})` }
                : { value: 'none', label: 'no drop-off recorded' },
        ...(funnel ? [{ value: `${numberText(funnel.completion)}%`, label: `of those who start finish (${funnelName(input, funnel)})` }] : []),
        { value: `${count(analysis.metrics, m => m.status === 'off-target')} of ${analysis.metrics.length}`, label: 'metrics off target' },
        { value: `${count(analysis.pains, p => !p.addressed)} of ${analysis.pains.length}`, label: 'pain points not addressed' },
        { value: count(analysis.opportunities, o => o.quadrant === 'quick-win'), label: 'quick wins' },
        { value: analysis.freshness.status, label: analysis.freshness.due ? `review due ${analysis.freshness.due}` : 'no review date' }
    ];
}

/** A funnel's flow as people know it: its title, else its persona's title, else its id. */
function funnelName(input: ReportInput, funnel: Funnel): string {
    return funnel.flowTitle ?? input.model.personas.find(persona => persona.name === funnel.persona)?.title ?? funnel.persona ?? funnel.flow;
}
