// Types of browser.mjs for the TypeScript tests that launch the same headless Chromium.
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH: string;
export function launchBrowser(profileDir: string, viewport?: { width: number; height: number }): Promise<BrowserContext>;
export function workbenchUrl(port: number, paths: { folder: string; extensionPath: string; testsPath?: string }): string;
