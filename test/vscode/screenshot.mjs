// Takes docs/editor.png: the real VS Code (the offline route of run-offline.mjs) with a map being written,
// its diagnostics squiggled and listed in the Problems panel, and the completion list open after `owner`.
import { join } from 'node:path';
import { docsDir, goTo, openFile, runCommand, withWorkbench } from './workbench-session.mjs';

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
await withWorkbench({ width: 1280, height: 880 }, { [FILE]: map }, async page => {
    await openFile(page, FILE);
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row');
    await runCommand(page, 'View: Hide Secondary Side Bar');
    await page.keyboard.press('Control+1');
    await goTo(page, CURSOR.line, CURSOR.column);
    await page.keyboard.press('Control+Space');
    await page.waitForSelector('.suggest-widget.visible .monaco-list-row');
    await page.screenshot({ path: join(docsDir, 'editor.png') });
    console.log('screenshot: docs/editor.png');
});
