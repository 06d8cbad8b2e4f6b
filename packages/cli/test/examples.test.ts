import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstUtils, EmptyFileSystem, isReference } from 'langium';
import { describe, expect, it } from 'vitest';
import {
    checkTexts, createJourneyServices, isChannel, isEmotion, isFlow, isFlowStep, isJourney, isMetric, isPersona, isSegment, isStage, isTouchpoint
} from '@journey-maps/language';
import { runJourney } from './run-cli.js';

const root = resolve(import.meta.dirname, '../../..');
const examples = resolve(root, 'examples');

describe('the bundled examples', () => {
    it('check clean with the CLI, as the quick start runs it, printing what the quick start says', () => {
        const result = runJourney(['check', 'examples', '--today', '2026-11-22', '--fail-on', 'warning'], root);
        const quickStart = readFileSync(resolve(root, 'README.md'), 'utf8').split('## Quick start')[1];
        const promised = /`(No problems in \d+ maps\.)`/.exec(quickStart)?.[1];
        expect(result.stdout).toBe(`${promised}\n`);
        expect(result.code).toBe(0);
    });

    it('check clean one map at a time, as a pre-commit hook runs them: the shared names come from the workspace', () => {
        const result = runJourney(['check', 'examples/activewear-first-purchase.journey', '--today', '2026-11-22', '--fail-on', 'warning'], root);
        expect(result.stdout).toBe('No problems in 1 map.\n');
        expect(result.code).toBe(0);
    });

    it('together use every concept of the language', async () => {
        const { Journey } = createJourneyServices(EmptyFileSystem);
        const files = readdirSync(examples).filter(name => name.endsWith('.journey'));
        const checked = await checkTexts(Journey, files.map(name => ({
            uri: pathToFileURL(resolve(examples, name)).href,
            text: readFileSync(resolve(examples, name), 'utf8')
        })));
        const nodes = checked.flatMap(c => AstUtils.streamAst(c.document.parseResult.value).toArray());
        const types = new Set(nodes.map(node => node.$type));
        for (const type of ['Persona', 'Segment', 'Team', 'Channel', 'Journey', 'Stage', 'Touchpoint', 'Emotion', 'MomentOfTruth', 'Score',
            'Flow', 'FlowStep', 'Metric', 'Pain', 'Opportunity', 'Experiment', 'Cadence', 'Scale']) {
            expect(types, type).toContain(type);
        }
        // Backstories, several channels on a touchpoint, segments that feel, metrics of a channel.
        expect(nodes.filter(isPersona).some(p => p.needs.length > 0 && p.requirements.length > 0 && p.outcomes.length > 0)).toBe(true);
        expect(nodes.filter(isTouchpoint).some(t => t.channels.length > 1)).toBe(true);
        expect(nodes.filter(isEmotion).some(e => isSegment(e.who?.ref))).toBe(true);
        expect(nodes.filter(isFlow).some(f => isSegment(f.who?.ref))).toBe(true);
        expect(nodes.filter(isMetric).some(m => isChannel(m.location?.ref))).toBe(true);
        const journeys = nodes.filter(isJourney);
        expect(new Set(journeys.map(j => j.kind)).size).toBeGreaterThanOrEqual(3);
        expect(journeys.length).toBeGreaterThanOrEqual(4);
        expect(nodes.filter(isStage).some(stage => stage.stages.length >= 5)).toBe(true);
        expect(nodes.filter(isFlowStep).some(step => step.drop && step.share === 70)).toBe(true);
        // Shared declarations are used by more than one map.
        const usesShared = (c: (typeof checked)[number]) => c.document.references.some(ref =>
            isReference(ref) && ref.ref !== undefined && AstUtils.getDocument(ref.ref).uri.path.endsWith('/shared.journey'));
        const sharedUsers = checked.filter(c => !c.uri.endsWith('/shared.journey') && usesShared(c));
        expect(sharedUsers.length).toBeGreaterThan(1);
    });
});
