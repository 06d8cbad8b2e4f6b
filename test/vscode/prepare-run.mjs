// What every editor run needs: the extension built, the suite built, and a scratch copy of examples/ to open
// (the suite writes into its workspace; examples/ stays untouched).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite } from './build-suite.mjs';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const extensionPath = join(repo, 'packages', 'vscode');

/**
 * @param {() => Promise<string>} [build] builds the suite and returns its entry point (the desktop suite by default)
 * @returns {Promise<{ scratch: string, workspace: string, testsPath: string, cleanup: () => void }>}
 */
export async function prepareRun(build = buildSuite) {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: extensionPath, stdio: 'inherit' });
    const testsPath = await build();
    const scratch = mkdtempSync(join(tmpdir(), 'journey-vscode-'));
    const workspace = join(scratch, 'workspace');
    cpSync(join(repo, 'examples'), workspace, { recursive: true });
    return { scratch, workspace, testsPath, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}
