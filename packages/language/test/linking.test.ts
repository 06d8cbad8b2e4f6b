import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../src/index.js';
import { checkFiles, codes, diagnosticsOf } from './check-helper.js';

describe('linking', () => {
    it('links every reference of a map in the order of Langium\'s walk, unresolved ones included', async () => {
        const [map] = await checkFiles({
            'map.journey': `journey J { personas Sarah, Nobody owner CX reviewed 2026-10-01
                stage S { touchpoint T { channel kiosk, web owner Web feels Sarah 1 feels Nobody -1 } touchpoint U { owner Nobody } }
                flow Sarah { T -> U 50% U -> V }
                metric M at S { target 1 better higher } }`,
            'teams.journey': 'persona Sarah "Sarah"\nteam Web "Web" team CX "CX"\nchannel kiosk "In-store kiosk" physical'
        });
        const root = map.document.parseResult.value;
        const walked = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).map(info => info.reference).toArray();
        expect(walked.length).toBeGreaterThan(10);
        expect(map.document.references).toHaveLength(walked.length);
        expect(map.document.references.every((reference, i) => reference === walked[i])).toBe(true);
        expect(walked.filter(reference => reference.error).map(reference => reference.$refText)).toEqual(['Nobody', 'Nobody', 'Nobody', 'V']);
    });

    it('resolves personas, teams, segments and channels declared in other files', async () => {
        const [map] = await checkFiles({
            'map.journey': `journey J { personas Sarah owner CX reviewed 2026-10-01
                stage S { touchpoint T { channel kiosk owner Web feels Sarah 1 } }
                metric M at S { target 1 better higher } }`,
            'people.journey': 'persona Sarah "Sarah" { segment Busy }\nsegment Busy "Busy people"',
            'teams.journey': 'team Web "Web" team CX "CX"\nchannel kiosk "In-store kiosk" physical'
        });
        expect(codes(map.diagnostics)).toEqual([]);
        const journey = map.document.parseResult.value.elements[0] as Journey;
        const touchpoint = journey.stages[0].touchpoints[0];
        expect(touchpoint.channels[0]?.ref?.title).toBe('In-store kiosk');
        expect(AstUtils.getDocument(touchpoint.owner!.ref!).uri.path).toBe('/workspace/teams.journey');
        expect(journey.personas[0].ref?.segments[0].ref?.title).toBe('Busy people');
    });

    it('resolves built-in channels without any declaration', async () => {
        const [map] = await checkFiles({
            'map.journey': `journey J { reviewed 2026-10-01 stage S { touchpoint T { channel review-site } } metric M at T { target 1 better higher } }`
        });
        expect(codes(map.diagnostics)).toEqual([]);
        const journey = map.document.parseResult.value.elements[0] as Journey;
        expect(journey.stages[0].touchpoints[0].channels[0]?.ref).toMatchObject({ name: 'review-site', title: 'Review site', nature: 'digital' });
    });

    it('resolves names inside a journey from anywhere in it, sub-stages included', async () => {
        const [map] = await checkFiles({
            'map.journey': `journey J { reviewed 2026-10-01
                flow { Early -> Late 20% Late -> Early }
                metric M at Inner { target 1 better higher }
                pain P at Late { severity trivial }
                opportunity O { solves P owner Web }
                stage Outer { stage Inner { touchpoint Early { channel web } } touchpoint Late { channel web } }
            }
            team Web`
        });
        expect(codes(map.diagnostics)).toEqual([]);
        const journey = map.document.parseResult.value.elements[0] as Journey;
        expect(journey.flows[0].steps.map(step => step.to?.ref?.name)).toEqual(['Late', 'Early']);
        expect(journey.metrics[0].location?.ref?.$type).toBe('Stage');
    });

    it('keeps the names of one journey out of another', async () => {
        const diagnostics = await diagnosticsOf(`
            journey A { reviewed 2026-10-01 stage S { touchpoint T { channel web } } metric M at T { target 1 better higher } }
            journey B { reviewed 2026-10-01 stage Phase { touchpoint U { channel web } } metric M at T { target 1 better higher } }`);
        expect(diagnostics.filter(d => d.code === 'unresolved-reference').map(d => [d.range.start.line + 1, d.message])).toEqual([
            [3, "Unknown stage, touchpoint or channel 'T': journey 'B' has no stage, touchpoint or channel of that name. Did you mean 'U'?"]
        ]);
    });

    it('says what kind of thing is unknown, with a likely spelling', async () => {
        const diagnostics = await diagnosticsOf(`journey J { reviewed 2026-10-01 owner Mareting
            stage S { touchpoint T { channel web feels Sarahh 1 } } metric M at T { target 1 better higher } }
            team Marketing persona Sarah`);
        expect(diagnostics.map(d => d.message)).toEqual(expect.arrayContaining([
            "Unknown team 'Mareting': no file of the workspace declares it. Did you mean 'Marketing'?",
            "Unknown persona or segment 'Sarahh': no file of the workspace declares it. Did you mean 'Sarah'?"
        ]));
    });
});
