// `npm run test:vscode`: the editor suite in a real VS Code on a machine without a desktop or Microsoft's
// download servers: the VS Code server bundled in code-server (on Node 24), driven by headless Debian Chromium.
// Installs its pinned tools into .vscode-test/ on first use; see shared/vscode-testing.md.
// Ends with `vscode: N passed, N failed, N skipped` and the suite's exit code.
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { ensureOfflineTools } from './offline-tools.mjs';
import { extensionPath, prepareRun, repo } from './prepare-run.mjs';
import { startVSCodeServer } from './vscode-server.mjs';

const SUITE_TIMEOUT_MS = 5 * 60_000;
const summaryLine = /^vscode: \d+ passed, \d+ failed, \d+ skipped$/;
const verbose = process.env.VSCODE_TEST_VERBOSE === '1';
// The workbench's own chatter that the suite cannot act on (no GitHub sign-in, no chat model, no gallery offline).
const workbenchNoise = /^\[(AgentHost|AccountPolicyGate|ChatModelSelection|RemoteAgentHostProtocol)\]|ENOTFOUND open-vsx\.org|authentication provider 'github'/;
const suiteStart = /^vscode: running \d+ spec file/;

const started = Date.now();
const tools = ensureOfflineTools(join(repo, '.vscode-test'));
const setupDone = Date.now();
const { scratch, workspace, testsPath, cleanup } = await prepareRun();

let summary = '';
/** The workbench's log until the suite starts: shown only if the run fails. */
const startupLog = [];
let suiteStarted = false;
let exitCode = 1;
let server;
let browser;
try {
    server = await startVSCodeServer({ ...tools, dataDir: join(scratch, 'server'), log: line => verbose && console.log(`[server] ${line}`) });
    browser = await launchBrowser(join(scratch, 'browser'));
    const page = browser.pages()[0] ?? await browser.newPage();
    const exited = new Promise(resolve => {
        void page.exposeFunction('codeAutomationExit', code => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
        const text = format(...args).trimEnd();
        suiteStarted ||= suiteStart.test(text);
        if (summaryLine.test(text)) summary = text;
        else if (verbose || (suiteStarted && !workbenchNoise.test(text))) console.log(text);
        else if (!suiteStarted) startupLog.push(text);
    });
    await page.goto(workbenchUrl(server.port, { folder: workspace, extensionPath, testsPath }));
    const timeout = new Promise(resolve => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS).unref());
    const outcome = await Promise.race([exited, timeout]);
    if (outcome === 'timeout') console.error(`vscode: the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
    else exitCode = outcome;
    if (exitCode !== 0 && !verbose) console.error(`vscode: the workbench's log before the suite:\n${startupLog.join('\n')}`);
} finally {
    await browser?.close();
    server?.stop();
    cleanup();
}
console.log(`vscode: setup ${((setupDone - started) / 1000).toFixed(1)} s, suite ${((Date.now() - setupDone) / 1000).toFixed(1)} s`);
console.log(summary || 'vscode: 0 passed, 1 failed, 0 skipped');
process.exit(summary ? exitCode : 1);
