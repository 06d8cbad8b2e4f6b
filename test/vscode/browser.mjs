// Headless Debian Chromium through playwright-core, in a persistent profile that allows service workers
// (webviews need them; Playwright's default context refuses them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * @param {string} profileDir an empty folder for the browser profile
 * @param {{ width: number, height: number }} [viewport]
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchBrowser(profileDir, viewport = { width: 1280, height: 800 }) {
    mkdirSync(join(profileDir, 'Default'), { recursive: true });
    writeFileSync(join(profileDir, 'Default', 'Preferences'),
        JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
    return chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        viewport,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
            '--disable-component-update', '--no-first-run']
    });
}

/**
 * The workbench URL that opens `folder` with the extension under development (and, optionally, its test suite).
 * @param {number} port
 * @param {{ folder: string, extensionPath: string, testsPath?: string }} paths absolute paths on this machine
 */
export function workbenchUrl(port, { folder, extensionPath, testsPath }) {
    const remote = path => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
    if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
    return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
