import type { Module, ReferenceDescription } from 'langium';
import type { JourneyCoreServices } from '../journey-core-module.js';
import type { ImmediateReferenceDescriptionProvider } from './journey-reference-descriptions.js';

/** Builds no index of references: nothing in a one-shot batch run looks one up. */
class NoReferenceIndex implements ImmediateReferenceDescriptionProvider {
    async createDescriptions(): Promise<ReferenceDescription[]> {
        return [];
    }

    describeNow(): ReferenceDescription[] {
        return [];
    }
}

/**
 * Overrides for one-shot batch runs such as `journey check`: the index behind find-references and rename
 * (about an eighth of the work on a large map) is skipped. Checks do not use it; editors must not use this.
 */
export const batchModule: Module<JourneyCoreServices, { workspace: { ReferenceDescriptionProvider: ImmediateReferenceDescriptionProvider } }> = {
    workspace: {
        ReferenceDescriptionProvider: () => new NoReferenceIndex()
    }
};
