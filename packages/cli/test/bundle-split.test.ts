import { build, type Metafile } from 'esbuild';
import * as protocol from 'vscode-languageserver-protocol';
import { describe, expect, it } from 'vitest';
import { cliBuild } from '../build-options.mjs';
import * as protocolErrors from '../src/bundling/protocol-errors.js';

/** The packages (and our own package folders) in the code a chunk loads before it runs: its static imports, followed. */
function loadedPackages(outputs: Metafile['outputs'], start: string): Set<string> {
    const seen = new Set<string>();
    const todo = [start];
    for (let output = todo.pop(); output !== undefined; output = todo.pop()) {
        if (!seen.has(output)) {
            seen.add(output);
            todo.push(...outputs[output].imports.filter(i => i.kind === 'import-statement' && !i.external).map(i => i.path));
        }
    }
    return new Set([...seen].flatMap(output => Object.keys(outputs[output].inputs)).map(input =>
        input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? input.match(/packages\/([^/]+)\//)?.[1] ?? input));
}

describe('the CLI bundle, split by command', async () => {
    const { metafile } = await build({ ...cliBuild, write: false, metafile: true, logLevel: 'silent' });
    const outputs = metafile!.outputs;
    const outputOf = (entry: RegExp) => Object.keys(outputs).find(path => entry.test(outputs[path].entryPoint ?? ''))!;
    const main = outputOf(/src\/main\.ts$/);
    const command = (name: string) => new Set([...loadedPackages(outputs, main), ...loadedPackages(outputs, outputOf(new RegExp(`src/commands/${name}\\.ts$`)))]);
    const heavy = ['elkjs', '@resvg/resvg-js', 'harfbuzzjs', 'junit-report-builder', 'csv-stringify', 'chokidar', 'diagram'];

    it('starts --version with Commander alone: no Langium, no command', () => {
        const loaded = loadedPackages(outputs, main);
        expect(loaded).toContain('commander');
        for (const name of ['langium', 'language', 'chevrotain', ...heavy]) {
            expect(loaded).not.toContain(name);
        }
    });

    it.each(['check', 'fmt'])('runs %s without ELK, the rasteriser, the font subsetter, the report builders or the watcher', name => {
        const loaded = command(name);
        expect(loaded).toContain('langium');
        for (const name of heavy) {
            expect(loaded).not.toContain(name);
        }
    });

    it.each(['check', 'fmt', 'init'])('runs %s on Langium\'s core: no language-server features, no LSP protocol package', name => {
        const loaded = command(name);
        expect(loaded).toContain('langium');
        expect(loaded).not.toContain('vscode-languageserver');
        expect(loaded).not.toContain('vscode-languageserver-protocol');
    });

    it('gives Langium\'s document builder the protocol\'s own error class and codes', () => {
        expect(protocolErrors.ResponseError).toBe(protocol.ResponseError);
        for (const [name, code] of Object.entries(protocolErrors.LSPErrorCodes)) {
            expect(code).toBe(protocol.LSPErrorCodes[name as keyof typeof protocolErrors.LSPErrorCodes]);
        }
    });

    it('loads ELK for render, and JUnit only with check --format junit', () => {
        expect(command('render')).toContain('elkjs');
        expect(command('render')).toContain('diagram');
        expect(loadedPackages(outputs, outputOf(/src\/check-output\/check-junit\.ts$/))).toContain('junit-report-builder');
    });
});
