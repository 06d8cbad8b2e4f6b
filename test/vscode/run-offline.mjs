// `npm run test:vscode`: the editor suite in a real VS Code on a machine without a desktop or Microsoft's
// download servers: the VS Code server bundled in code-server (on Node 24), driven by headless Debian Chromium.
// Installs its pinned tools into .vscode-test/ on first use; see shared/vscode-testing.md.
// Ends with `vscode: N passed, N failed, N skipped` and the suite's exit code.
import { join } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { ensureOfflineTools } from './offline-tools.mjs';
import { extensionPath, prepareRun, repo } from './prepare-run.mjs';
import { startVSCodeServer } from './vscode-server.mjs';
import { runWorkbenchSuite } from './workbench-suite.mjs';

const SUITE_TIMEOUT_MS = 5 * 60_000;
const verbose = process.env.VSCODE_TEST_VERBOSE === '1';
// The workbench's own chatter that the suite cannot act on (no GitHub sign-in, no chat model, no gallery offline).
const workbenchNoise = /^\[(AgentHost|AccountPolicyGate|ChatModelSelection|RemoteAgentHostProtocol)\]|ENOTFOUND open-vsx\.org|authentication provider 'github'/;
const suiteStart = /^vscode: running \d+ spec file/;

const started = Date.now();
const tools = ensureOfflineTools(join(repo, '.vscode-test'));
const setupDone = Date.now();
const { scratch, workspace, testsPath, cleanup } = await prepareRun();

await runWorkbenchSuite({
    name: 'vscode',
    timeoutMs: SUITE_TIMEOUT_MS,
    suiteStart,
    noise: workbenchNoise,
    scratch,
    cleanup,
    times: { started, setupDone },
    serve: async () => {
        const server = await startVSCodeServer({ ...tools, dataDir: join(scratch, 'server'), log: line => verbose && console.log(`[server] ${line}`) });
        return { url: workbenchUrl(server.port, { folder: workspace, extensionPath, testsPath }), stop: () => server.stop() };
    }
});
