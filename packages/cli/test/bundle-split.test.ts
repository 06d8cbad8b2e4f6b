import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import * as protocol from 'vscode-languageserver-protocol';
import { describe, expect, it } from 'vitest';
import { cliBuild } from '../build-options.mjs';
import { spawn } from '../src/bundling/child-process.js';
import * as protocolErrors from '../src/bundling/protocol-errors.js';
import { journeyBin, workspace } from './run-cli.js';

/** The package (or our own package folder) a bundled source file belongs to. */
function packageOf(input: string): string {
    return input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? input.match(/packages\/([^/]+)\//)?.[1] ?? input;
}

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
    return new Set([...seen].flatMap(output => Object.keys(outputs[output].inputs)).map(packageOf));
}

/** What a run of the built `journey` loaded: Node's own modules, and the packages of the bundle's files it read (from their source maps). */
interface Loaded {
    readonly code: number | null;
    readonly stdout: string;
    readonly nodeModules: readonly string[];
    readonly packages: ReadonlySet<string>;
}

function runRecordingLoads(args: string[], cwd: string): Loaded {
    const record = workspace({});
    const [urls, nodeModules] = [join(record, 'urls.txt'), join(record, 'node-modules.json')];
    const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) { appendFileSync(${JSON.stringify(urls)}, url + '\\n'); return nextLoad(url, context); }`;
    writeFileSync(join(record, 'record.mjs'), `import { register } from 'node:module';
import { writeFileSync } from 'node:fs';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});
process.on('exit', () => writeFileSync(${JSON.stringify(nodeModules)}, JSON.stringify(process.moduleLoadList)));
`);
    writeFileSync(urls, '');
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(record, 'record.mjs')).href, journeyBin, ...args], { cwd, encoding: 'utf8' });
    const dist = pathToFileURL(cliBuild.outdir).href;
    const files = readFileSync(urls, 'utf8').split('\n').filter(url => url.startsWith(`${dist}/`)).map(url => fileURLToPath(url));
    const sources = files.flatMap(file => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources);
    return { code: result.status, stdout: result.stdout, nodeModules: JSON.parse(readFileSync(nodeModules, 'utf8')) as string[], packages: new Set(sources.map(packageOf)) };
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

    it.each(['check', 'fmt'])('runs %s without ELK, the rasteriser, the font subsetter, the report builders, the watcher or the glob library', name => {
        const loaded = command(name);
        expect(loaded).toContain('langium');
        for (const name of [...heavy, 'tinyglobby', 'picomatch', 'fdir']) {
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

    it('gives Commander a spawn that runs the program with the real node:child_process', async () => {
        const child = spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
        const code = await new Promise(exited => child.on('exit', exited));
        expect(code).toBe(3);
    });

    it('loads ELK for render, and JUnit only with check --format junit', () => {
        expect(command('render')).toContain('elkjs');
        expect(command('render')).toContain('diagram');
        expect(loadedPackages(outputs, outputOf(/src\/check-output\/check-junit\.ts$/))).toContain('junit-report-builder');
    });
});

describe('what the built journey check loads as it runs', () => {
    const glob = ['tinyglobby', 'picomatch', 'fdir'];
    const folder = workspace({ 'maps/shop.journey': 'persona Sarah "Sarah"\njourney Shop "Shop" {\n  personas Sarah\n  stage Browse "Browse" {\n    touchpoint Home "Home" { channel web }\n  }\n}\n' });

    it('checks a folder without the glob library and without node:child_process (Commander\'s is loaded at a spawn only)', () => {
        const loaded = runRecordingLoads(['check', 'maps'], folder);
        expect(loaded.code).toBe(0);
        expect(loaded.packages).toContain('commander');
        expect(loaded.packages).toContain('langium');
        for (const name of glob) {
            expect(loaded.packages).not.toContain(name);
        }
        expect(loaded.nodeModules).toContain('NativeModule fs');
        expect(loaded.nodeModules).not.toContain('NativeModule child_process');
    });

    it('loads the glob library for a glob, and finds the same maps', () => {
        const loaded = runRecordingLoads(['check', 'maps/*.journey'], folder);
        expect(loaded.code).toBe(0);
        for (const name of glob) {
            expect(loaded.packages).toContain(name);
        }
        expect(loaded.stdout).toBe(runRecordingLoads(['check', 'maps'], folder).stdout);
    });
});
