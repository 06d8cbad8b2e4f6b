import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import type { JourneyCoreServices } from '../journey-core-module.js';
import { daysBetween, isRealDate, nextReviewDate, usableCadence } from '../model/dates.js';
import { acceptIssue } from './accept-issue.js';

/** Maps go stale: each states when it was last reviewed, and is reviewed again within its cadence. */
export function freshnessChecks(services: JourneyCoreServices): ValidationChecks<JourneyAstType> {
    const clock = services.settings.Clock;
    return {
        Journey: (journey, accept) => {
            if (!journey.name) {
                return;
            }
            if (journey.reviewed === undefined) {
                acceptIssue(accept, 'review-missing',
                    `Journey '${journey.name}' does not say when it was last reviewed; add e.g. reviewed ${clock.today()} every quarter.`,
                    { node: journey, property: 'name' });
                return;
            }
            if (!isRealDate(journey.reviewed)) {
                return;
            }
            const today = clock.today();
            if (journey.reviewed > today) {
                acceptIssue(accept, 'review-in-future',
                    `Journey '${journey.name}' says it was last reviewed on ${journey.reviewed}, which is after today (${today}); write the date of the last review.`,
                    { node: journey, property: 'reviewed' });
                return;
            }
            const written = usableCadence(journey.cadence);
            const due = nextReviewDate(journey.reviewed, written);
            if (due < today) {
                const cadence = written
                    ? ['every', written.count, written.unit].filter(part => part !== undefined).join(' ')
                    : 'every quarter, the default';
                acceptIssue(accept, 'stale-map',
                    `Journey '${journey.name}' was last reviewed on ${journey.reviewed} and was due for review again on ${due} (${cadence}), ${daysBetween(due, today)} days ago.`,
                    { node: journey, property: 'reviewed' });
            }
        }
    };
}
