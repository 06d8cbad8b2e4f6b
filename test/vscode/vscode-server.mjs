// Starts the VS Code server (from code-server's bundle, on Node 24) in its own process group, so that stopping
// it also ends the extension host and the language server it started.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {{ nodeBinDir: string, vscodeDir: string, dataDir: string, log?: (line: string) => void }} options
 * @returns {Promise<{ port: number, stop: () => void }>}
 */
export async function startVSCodeServer({ nodeBinDir, vscodeDir, dataDir, log = () => {} }) {
    const dirs = ['server-data', 'user-data', 'extensions'].map(name => join(dataDir, name));
    for (const dir of dirs) mkdirSync(dir, { recursive: true });
    const [serverData, userData, extensions] = dirs;
    const server = spawn(join(nodeBinDir, 'node'), [
        join(vscodeDir, 'out', 'server-main.js'),
        '--host', '127.0.0.1', '--port', '0',
        '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
        '--disable-telemetry', '--disable-workspace-trust',
        '--server-data-dir', serverData, '--user-data-dir', userData, '--extensions-dir', extensions
    ], {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PATH: `${nodeBinDir}:${process.env.PATH}` }
    });
    const stop = () => {
        try {
            process.kill(-server.pid, 'SIGKILL');
        } catch {
            // The group has already ended.
        }
    };
    const port = await new Promise((resolve, reject) => {
        let output = '';
        const onData = chunk => {
            const text = chunk.toString();
            for (const line of text.split('\n')) if (line.trim()) log(line);
            output += text;
            const listening = /listening on (?:\S*:)?(\d+)/.exec(output);
            if (listening) resolve(Number(listening[1]));
        };
        server.stdout.on('data', onData);
        server.stderr.on('data', onData);
        server.on('exit', code => reject(new Error(`the VS Code server exited (${code}) before listening:\n${output}`)));
    });
    return { port, stop };
}
