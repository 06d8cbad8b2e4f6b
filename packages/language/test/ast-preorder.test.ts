import { readdirSync, readFileSync } from 'node:fs';
import { AstUtils, EmptyFileSystem, type AstNode } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJourneyServices, isStage, type Document } from '../src/index.js';
import { AstPreorder } from '../src/model/ast-preorder.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<Document>(services);
const examples = new URL('../../../examples/', import.meta.url);
const maps = readdirSync(examples).filter(name => name.endsWith('.journey'));
const mapsWithStages = maps.filter(name => readFileSync(new URL(name, examples), 'utf8').includes(' stage '));

/** Langium's walk, pruned below every node `prune` accepts. */
function streamed(root: AstNode, prune: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    const iterator = AstUtils.streamAst(root).iterator();
    for (const node of iterator) {
        nodes.push(node);
        if (prune(node)) iterator.prune();
    }
    return nodes;
}

function walked(root: AstNode, prune: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    const iterator = new AstPreorder(root);
    for (const node of iterator) {
        nodes.push(node);
        if (prune(node)) iterator.prune();
    }
    return nodes;
}

describe('the preorder walk of a syntax tree', () => {
    it.each(maps)('visits the nodes of %s in the order of Langium\'s streamAst', async name => {
        const root = (await parse(readFileSync(new URL(name, examples), 'utf8'))).parseResult.value;
        const nodes = walked(root, () => false);
        const expected = streamed(root, () => false);
        expect(nodes.length).toBeGreaterThan(3);
        expect(nodes.length).toBe(expected.length);
        expect(nodes.every((node, i) => node === expected[i])).toBe(true);
    });

    it.each(mapsWithStages)('skips what Langium\'s streamAst skips when pruned below stages in %s', async name => {
        const root = (await parse(readFileSync(new URL(name, examples), 'utf8'))).parseResult.value;
        const nodes = walked(root, isStage);
        expect(nodes.some(isStage)).toBe(true);
        expect(nodes.length).toBeLessThan(walked(root, () => false).length);
        const expected = streamed(root, isStage);
        expect(nodes.length).toBe(expected.length);
        expect(nodes.every((node, i) => node === expected[i])).toBe(true);
    });

    it('walks a broken map, whose tree has gaps, without failing', async () => {
        const root = (await parse('journey J "J" {\n  stage S "S" {\n    touchpoint T "T" { channel\n  }\n')).parseResult.value;
        const nodes = walked(root, () => false);
        expect(nodes.map(node => node.$type)).toEqual(streamed(root, () => false).map(node => node.$type));
        expect(nodes.length).toBeGreaterThan(1);
    });
});
