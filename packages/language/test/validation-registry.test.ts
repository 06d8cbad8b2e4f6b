import { EmptyFileSystem, type ValidationAcceptor, type ValidationCategory } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkTexts, createJourneyServices, type Journey } from '../src/index.js';

const map = 'journey Shop "Shop" { stage Buy { touchpoint Checkout { channel web } } }\n';

type JourneyCheck = (journey: Journey, accept: ValidationAcceptor) => void | Promise<void>;

/** What checks registered on top of the language's own report on a one-journey map, as `line:character message`. */
async function findingsWith(checks: JourneyCheck[]): Promise<string[]> {
    const { Journey: services } = createJourneyServices(EmptyFileSystem, { settings: { Clock: () => ({ today: () => '2026-11-22' }) } });
    for (const check of checks) services.validation.ValidationRegistry.register({ Journey: check });
    const [checked] = await checkTexts(services, [{ uri: 'file:///workspace/map.journey', text: map }]);
    return checked.diagnostics
        .filter(diagnostic => /^(extra|An error)/.test(diagnostic.message))
        .map(diagnostic => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.message}`);
}

describe('checks run without a promise each, as Langium runs them', () => {
    afterEach(() => vi.restoreAllMocks());

    it('reports a check that throws as Langium does, on the node checked, and runs the checks after it', async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const findings = await findingsWith([
            () => {
                throw new Error('boom');
            },
            (journey, accept) => accept('warning', 'extra after the failure', { node: journey, property: 'name' })
        ]);
        expect(findings).toEqual(['0:0 An error occurred during validation: boom', '0:8 extra after the failure']);
        expect(logged).toHaveBeenCalled();
    });

    it('waits for a check that returns a promise, keeping the order of findings', async () => {
        const findings = await findingsWith([
            async (journey, accept) => {
                await new Promise(resolve => setTimeout(resolve, 5));
                accept('warning', 'extra from an asynchronous check', { node: journey, property: 'name' });
            },
            (journey, accept) => accept('info', 'extra from the next check', { node: journey, property: 'name' })
        ]);
        expect(findings).toEqual(['0:8 extra from an asynchronous check', '0:8 extra from the next check']);
    });

    it('runs the checks of the categories asked for, whichever categories were asked for before', async () => {
        const { Journey: services } = createJourneyServices(EmptyFileSystem, { settings: { Clock: () => ({ today: () => '2026-11-22' }) } });
        const slowCheck: JourneyCheck = (journey, accept) => accept('warning', 'extra, a slow check', { node: journey });
        services.validation.ValidationRegistry.register({ Journey: slowCheck }, undefined, 'slow');
        const [{ document }] = await checkTexts(services, [{ uri: 'file:///workspace/map.journey', text: map }]);
        const slowFindings = async (categories?: ValidationCategory[]) =>
            (await services.validation.DocumentValidator.validateDocument(document, { categories })).filter(d => d.message.startsWith('extra')).length;
        expect(await slowFindings(['fast'])).toBe(0);
        expect(await slowFindings(['slow'])).toBe(1);
        expect(await slowFindings([])).toBe(0);
        expect(await slowFindings()).toBe(1);
        expect(await slowFindings(['fast'])).toBe(0);
    });
});
