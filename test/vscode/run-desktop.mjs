// The editor suite in VS Code desktop (Electron), for developers with a desktop and the internet:
// @vscode/test-electron downloads VS Code into .vscode-test/ on first use. (These CI machines cannot
// download it; they run the same suite with run-offline.mjs.) The suite ends with
// `vscode: N passed, N failed, N skipped`; the exit code is the suite's.
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { extensionPath, prepareRun, repo } from './prepare-run.mjs';

const VSCODE_VERSION = process.env.VSCODE_VERSION ?? 'stable';

const { scratch, workspace, testsPath, cleanup } = await prepareRun();
let exitCode = 1;
try {
    exitCode = await runTests({
        version: VSCODE_VERSION,
        cachePath: join(repo, '.vscode-test'),
        extensionDevelopmentPath: extensionPath,
        extensionTestsPath: testsPath,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(scratch, 'user-data')]
    });
} catch (err) {
    console.error(`vscode: ${err instanceof Error ? err.message : String(err)}`);
} finally {
    cleanup();
}
process.exit(exitCode);
