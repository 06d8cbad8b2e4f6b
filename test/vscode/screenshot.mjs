// Takes docs/editor.png: the real VS Code (the offline route of run-offline.mjs) with a map being written,
// its diagnostics squiggled and listed in the Problems panel, and the completion list open after `owner`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { ensureOfflineTools } from './offline-tools.mjs';
import { extensionPath, prepareRun, repo } from './prepare-run.mjs';
import { startVSCodeServer } from './vscode-server.mjs';

const FILE = 'checkout.journey';
/** The map on screen; the cursor ends after `owner ` (line 10, column 13), where the team is still to be typed. */
const map = `// checkout.journey: a map in progress
journey Checkout "Checkout: paying for the basket" {
  kind current-state  owner CX  personas Sarah
  reviewed 2026-11-02 every quarter

  stage Basket "Reviewing the basket" {
    touchpoint BasketPage "Basket page" {
      channel webb
      feels Sarah -1 "unsure"
      owner 
    }
  }

  metric BasketExit "Basket exit rate" at BasketPage {
    unit %  current 38  target 25  better lower
  }
  pain HiddenFees "Fees appear only at the last step" at BasketPage {
    severity abandon  affects Sarah
  }
}
`;
const CURSOR = { line: 10, column: 13 };
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

/** Runs a command by its title through the command palette. */
async function runCommand(page, title) {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(title);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`);
    await page.keyboard.press('Enter');
}

const tools = ensureOfflineTools(join(repo, '.vscode-test'));
const { scratch, workspace, cleanup } = await prepareRun();
writeFileSync(join(workspace, FILE), map);
mkdirSync(join(workspace, '.vscode'));
writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify(workspaceSettings, null, 2));

let server;
let browser;
try {
    server = await startVSCodeServer({ ...tools, dataDir: join(scratch, 'server') });
    browser = await launchBrowser(join(scratch, 'browser'), { width: 1280, height: 880 });
    const page = browser.pages()[0] ?? await browser.newPage();
    await page.goto(workbenchUrl(server.port, { folder: workspace, extensionPath }));
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(FILE);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${FILE}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row');
    await runCommand(page, 'View: Hide Secondary Side Bar');
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+G');
    await page.keyboard.type(`${CURSOR.line}:${CURSOR.column}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.statusbar-item:has-text("Ln ${CURSOR.line}, Col ${CURSOR.column}")`);
    await page.keyboard.press('Control+Space');
    await page.waitForSelector('.suggest-widget.visible .monaco-list-row');
    await page.screenshot({ path: join(repo, 'docs', 'editor.png') });
    console.log('screenshot: docs/editor.png');
} finally {
    await browser?.close();
    server?.stop();
    cleanup();
}
