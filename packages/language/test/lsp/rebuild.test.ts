import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentState, isReference, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { checkTexts, createJourneyServices, isPersona, type Document } from '../../src/index.js';

describe('a change in one file re-checks the others that depend on it', () => {
    it('flags a persona as unused when the last map that used it stops using it', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-rebuild-'));
        const files = {
            people: join(folder, 'people.journey'),
            map: join(folder, 'map.journey')
        };
        writeFileSync(files.people, 'persona Sarah "Sarah"\n');
        writeFileSync(files.map, 'journey J { reviewed 2026-10-01 stage S { touchpoint T { channel web feels Sarah 1 } } metric M at T { target 1 better higher } }\n');
        const { Journey, shared } = createJourneyServices(NodeFileSystem, { settings: { Clock: () => ({ today: () => '2026-11-22' }) } });
        const [people] = await checkTexts(Journey, Object.values(files).map(file => ({ uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8') })));
        const codes = () => (shared.workspace.LangiumDocuments.getDocument(people.document.uri)?.diagnostics ?? []).map(d => String(d.code));
        expect(codes()).toEqual([]);

        writeFileSync(files.map, 'journey J { reviewed 2026-10-01 stage S { touchpoint T { channel web } } metric M at T { target 1 better higher } }\n');
        await shared.workspace.DocumentBuilder.update([URI.file(files.map)], []);
        expect(codes()).toEqual(['unused-persona']);
    });
});

describe('a keystroke re-checks only what it can affect', () => {
    it('rebuilds the edited map, the maps that refer to what it declares and the files that declare personas; no other map', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-rebuild-'));
        const map = (name: string, channel: string) => `journey ${name} { reviewed 2026-10-01 stage S { touchpoint T { channel ${channel} feels Sarah 1 } } metric M at T { target 1 better higher } }\n`;
        const texts: Record<string, string> = {
            'people.journey': 'persona Sarah "Sarah"\n',
            'edited.journey': `channel Kiosk "In-store kiosk" physical\n${map('Edited', 'web')}`,
            'kiosk-user.journey': map('KioskUser', 'Kiosk'),
            'unrelated.journey': map('Unrelated', 'web')
        };
        for (const [name, text] of Object.entries(texts)) writeFileSync(join(folder, name), text);
        const { Journey, shared } = createJourneyServices(NodeFileSystem, { settings: { Clock: () => ({ today: () => '2026-11-22' }) } });
        const checked = await checkTexts(Journey, Object.keys(texts).map(name => ({ uri: pathToFileURL(join(folder, name)).href, text: texts[name] })));
        expect(checked.flatMap(({ diagnostics }) => diagnostics.filter(d => d.severity === 1))).toEqual([]);

        const rebuilt: string[] = [];
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            rebuilt.push(document.uri.path.split('/').pop()!);
        });
        writeFileSync(join(folder, 'edited.journey'), texts['edited.journey'].replace('stage S {', 'stage S "Typed" {'));
        await shared.workspace.DocumentBuilder.update([URI.file(join(folder, 'edited.journey'))], []);
        expect(rebuilt.sort()).toEqual(['edited.journey', 'kiosk-user.journey', 'people.journey']);
    });
});

describe('the index of references, built when first asked for', () => {
    it('finds the references of the latest texts after edits to the referring map and to the declaring file', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-rebuild-'));
        const people = join(folder, 'people.journey');
        const mapFile = join(folder, 'map.journey');
        const map = (touchpoints: string[]) => `journey J { reviewed 2026-10-01 stage S { ${touchpoints.map(name => `touchpoint ${name} { channel web feels Sarah 1 }`).join(' ')} } metric M at A { target 1 better higher } }\n`;
        writeFileSync(people, 'persona Sarah "Sarah"\n');
        writeFileSync(mapFile, map(['A']));
        const { Journey, shared } = createJourneyServices(NodeFileSystem, { settings: { Clock: () => ({ today: () => '2026-11-22' }) } });
        await checkTexts(Journey, [people, mapFile].map(file => ({ uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8') })));
        const { IndexManager, LangiumDocuments } = shared.workspace;
        /** Where the map's text says `feels Sarah`, as `line:character` of Sarah (the map is one line). */
        const written = () => [...readFileSync(mapFile, 'utf8').matchAll(/feels Sarah/g)].map(match => `0:${match.index + 'feels '.length}`);
        /** Where the index finds Sarah referred to, and how many of the map's references resolve to the Sarah declared now. */
        const sarahReferences = () => {
            const sarah = (LangiumDocuments.getDocument(URI.file(people))!.parseResult.value as Document).elements.find(isPersona)!;
            const map = LangiumDocuments.getDocument(URI.file(mapFile))!;
            const current = map.references.filter(reference => isReference(reference) && reference.ref === sarah).length;
            return {
                found: IndexManager.findAllReferences(sarah, Journey.workspace.AstNodeLocator.getAstNodePath(sarah))
                    .map(reference => `${reference.segment.range.start.line}:${reference.segment.range.start.character}`).toArray(),
                current
            };
        };
        expect(sarahReferences()).toEqual({ found: written(), current: 1 });

        writeFileSync(mapFile, map(['A', 'B']));
        await shared.workspace.DocumentBuilder.update([URI.file(mapFile)], []);
        expect(written()).toHaveLength(2);
        expect(sarahReferences()).toEqual({ found: written(), current: 2 });

        writeFileSync(people, '// the people of the map\npersona Sarah "Sarah"\n');
        await shared.workspace.DocumentBuilder.update([URI.file(people)], []);
        expect(sarahReferences()).toEqual({ found: written(), current: 2 });
    });
});
