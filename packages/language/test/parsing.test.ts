import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJourneyServices, isJourney, isPersona, type Document, type Journey } from '../src/index.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<Document>(services);

async function parseClean(text: string): Promise<Document> {
    const document = await parse(text);
    expect(document.parseResult.lexerErrors).toEqual([]);
    expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    return document.parseResult.value;
}

describe('parsing', () => {
    it('reads a persona with every attribute', async () => {
        const root = await parseClean(`
            persona Sarah "Sarah, fitness enthusiast" {
              description "Trains five times a week"
              goal "Find durable activewear" goal "Spend little time shopping"
              frustration "Surprise costs at checkout"
              motivation "Quality"
              quote "I just want it to last."
              segment HighIntent
            }
            segment HighIntent "High-intent shoppers"`);
        const persona = root.elements[0];
        expect(isPersona(persona)).toBe(true);
        if (!isPersona(persona)) return;
        expect(persona.title).toBe('Sarah, fitness enthusiast');
        expect(persona.goals).toEqual(['Find durable activewear', 'Spend little time shopping']);
        expect(persona.frustrations).toEqual(['Surprise costs at checkout']);
        expect(persona.quote).toBe('I just want it to last.');
        expect(persona.segments.map(s => s.$refText)).toEqual(['HighIntent']);
    });

    it('reads a journey header, nested stages, touchpoints, emotions and moments of truth', async () => {
        const root = await parseClean(`
            journey FirstPurchase "Activewear: first purchase" {
              kind current-state
              goal "Raise first-purchase conversion"
              scope "Web shop, EU"
              owner CX
              personas Sarah, Colleen
              reviewed 2026-09-30 every 2 months
              evidence researched
              scale 1 .. 5
              stage Delivery "Delivery" {
                goal "Get the product as soon as possible"
                expects "A delivery date" question "When will it arrive?"
                stage Waiting "Waiting for the delivery" {
                  touchpoint StatusEmail "Delivery-status emails" {
                    channel email owner Logistics indirect backstage
                    does "Checks the tracking link" thinks "Why is it so slow?"
                    says "Where is my parcel?" says "Again?"
                    support "Courier tracking API" artifact "Tracking email"
                    feels Sarah 2 "irritated"
                    moment of truth {
                      goal "Know when it arrives" risk "Silence" improvement "Daily status"
                      score ease 2 credibility 3.5 resonance 1
                    }
                  }
                }
              }
            }`);
        const journey = root.elements[0] as Journey;
        expect(isJourney(journey)).toBe(true);
        expect(journey.kind).toBe('current-state');
        expect(journey.personas.map(p => p.$refText)).toEqual(['Sarah', 'Colleen']);
        expect(journey.reviewed).toBe('2026-09-30');
        expect(journey.cadence).toMatchObject({ count: 2, unit: 'months' });
        expect(journey.evidence).toBe('researched');
        expect(journey.scale).toMatchObject({ min: 1, max: 5 });
        const delivery = journey.stages[0];
        expect(delivery.expectations).toEqual(['A delivery date']);
        expect(delivery.questions).toEqual(['When will it arrive?']);
        const touchpoint = delivery.stages[0].touchpoints[0];
        expect(touchpoint).toMatchObject({ name: 'StatusEmail', reach: 'indirect', lane: 'backstage', does: ['Checks the tracking link'] });
        expect(touchpoint.channels[0]?.$refText).toBe('email');
        expect(touchpoint).toMatchObject({ says: ['Where is my parcel?', 'Again?'], support: ['Courier tracking API'], artifacts: ['Tracking email'] });
        expect(touchpoint.emotions[0]).toMatchObject({ score: 2, word: 'irritated' });
        expect(touchpoint.moment?.scores.map(s => [s.criterion, s.value])).toEqual([['ease', 2], ['credibility', 3.5], ['resonance', 1]]);
        expect(touchpoint.moment?.risk).toBe('Silence');
    });

    it('reads flows with shares, labels, drop-offs and signed numbers', async () => {
        const root = await parseClean(`
            journey J {
              scale -2 .. 2
              flow Sarah "Main path" {
                Post -> Cart 30% "clicks through"
                Cart -> Post
                Cart -> drop 70% "abandons the cart"
              }
              metric M at Cart { unit % baseline 70 current 65.5 target 60 better lower source "analytics" measured 2026-10-01 }
              experiment E { for O kind ab-test hypothesis "h" metric M expect -15% status running result "r" }
            }`);
        const journey = root.elements[0] as Journey;
        expect(journey.scale).toMatchObject({ min: -2, max: 2 });
        const steps = journey.flows[0].steps;
        expect(steps.map(s => [s.from.$refText, s.to?.$refText, s.drop, s.share, s.label])).toEqual([
            ['Post', 'Cart', false, 30, 'clicks through'],
            ['Cart', 'Post', false, undefined, undefined],
            ['Cart', undefined, true, 70, 'abandons the cart']
        ]);
        expect(journey.metrics[0]).toMatchObject({ unit: '%', baseline: 70, current: 65.5, target: 60, better: 'lower', measured: '2026-10-01' });
        expect(journey.experiments[0]).toMatchObject({ kind: 'ab-test', expected: -15, percent: true, status: 'running' });
    });

    it('accepts keywords as names where a name is expected', async () => {
        const root = await parseClean(`
            channel direct "Direct mail" physical
            team status "Status team"
            journey goal { stage search { touchpoint target { channel direct owner status } } }`);
        const journey = root.elements[2] as Journey;
        expect(journey.name).toBe('goal');
        expect(journey.stages[0].name).toBe('search');
        expect(journey.stages[0].touchpoints[0].channels[0]?.$refText).toBe('direct');
    });

    it('unescapes texts and ignores comments', async () => {
        const root = await parseClean(`
            // a line comment
            /* a block
               comment */
            team Web "The \\"web\\" team" // trailing
        `);
        expect(root.elements[0]).toMatchObject({ name: 'Web', title: 'The "web" team' });
    });

    it('keeps parsing after a text without its closing quote', async () => {
        const document = await parse(`
            team Web "Web team
            team CX "Customer experience"`);
        expect(document.parseResult.lexerErrors.map(e => [e.line, e.message])).toEqual([[2, 'This text has no closing quote (") on its line.']]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.parseResult.value.elements.map(e => [e.name, e.title])).toEqual([['Web', 'Web team'], ['CX', 'Customer experience']]);
    });

    it('reads texts of any length, without running out of stack', async () => {
        const long = 'a'.repeat(6_000_000);
        const root = await parseClean(`team Web "${long}"\nteam CX "Customer \\"experience\\""`);
        expect(root.elements.map(e => [e.name, e.title?.length])).toEqual([['Web', long.length], ['CX', 21]]);
        const open = await parse(`team Web "${long}\nteam CX "Customer experience"`);
        expect(open.parseResult.lexerErrors.map(e => [e.line, e.column, e.message])).toEqual([[1, 10, 'This text has no closing quote (") on its line.']]);
        expect(open.parseResult.value.elements.map(e => [e.name, e.title?.length])).toEqual([['Web', long.length], ['CX', 19]]);
    });

    it('ends a text at a backslash before the end of its line, as before', async () => {
        const document = await parse('team Web "a\\\nteam CX "b\\x"');
        expect(document.parseResult.lexerErrors.map(e => [e.line, e.column])).toEqual([[1, 12], [1, 10]]);
        expect(document.parseResult.value.elements.map(e => [e.name, e.title])).toEqual([['Web', 'a'], ['CX', 'bx']]);
    });
});
