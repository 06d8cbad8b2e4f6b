// What the screenshot scripts share: the real VS Code (the offline route of run-offline.mjs) on a scratch copy of
// examples/ with the extension under development, screenshot-friendly settings, and keyboard helpers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { ensureOfflineTools } from './offline-tools.mjs';
import { extensionPath, prepareRun, repo } from './prepare-run.mjs';
import { startVSCodeServer } from './vscode-server.mjs';

const workspaceSettings = {
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'editor.minimap.enabled': false,
    'editor.fontSize': 15,
    'editor.suggest.showStatusBar': false,
    'window.commandCenter': false,
    'window.title': '${activeEditorShort} - Journey Maps'
};

/**
 * Opens the workbench on a scratch workspace holding `files` (name -> text) besides the examples, runs `act` with
 * the page, and cleans up whatever happens.
 * @param {{ width: number, height: number }} viewport
 * @param {Record<string, string>} files
 * @param {(page: import('playwright-core').Page) => Promise<void>} act
 */
export async function withWorkbench(viewport, files, act) {
    const tools = ensureOfflineTools(join(repo, '.vscode-test'));
    const { scratch, workspace, cleanup } = await prepareRun();
    for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify(workspaceSettings, null, 2));
    let server;
    let browser;
    try {
        server = await startVSCodeServer({ ...tools, dataDir: join(scratch, 'server') });
        browser = await launchBrowser(join(scratch, 'browser'), viewport);
        const page = browser.pages()[0] ?? await browser.newPage();
        await page.goto(workbenchUrl(server.port, { folder: workspace, extensionPath }));
        await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
        await act(page);
    } finally {
        await browser?.close();
        server?.stop();
        cleanup();
    }
}

/** Runs a command by its title through the command palette. */
export async function runCommand(page, title) {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(title);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`);
    await page.keyboard.press('Enter');
}

/** Opens a workspace file through Quick Open. */
export async function openFile(page, name) {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(name);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
    await page.keyboard.press('Enter');
}

/** Moves the cursor with Go to Line and waits for the status bar to show it. */
export async function goTo(page, line, column) {
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.statusbar-item:has-text("Ln ${line}, Col ${column}")`);
}

/** Where screenshots go. */
export const docsDir = join(repo, 'docs');
