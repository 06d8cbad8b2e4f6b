// Takes docs/preview.png: the real VS Code (the offline route of run-offline.mjs) with an example map beside its
// live diagram preview, the touchpoint under the cursor highlighted in the diagram.
import { join } from 'node:path';
import { docsDir, goTo, openFile, runCommand, withWorkbench } from './workbench-session.mjs';

const FILE = 'activewear-first-purchase.journey';
/** The cursor rests in the `Website` touchpoint (a moment of truth). */
const CURSOR = { line: 47, column: 7 };

await withWorkbench({ width: 1600, height: 900 }, {}, async page => {
    await openFile(page, FILE);
    await page.waitForSelector('.monaco-editor .view-line');
    await runCommand(page, 'View: Hide Secondary Side Bar');
    await runCommand(page, 'View: Close Primary Side Bar');
    await runCommand(page, 'Journey: Open Preview to the Side');
    // The webview's page sits in an iframe inside VS Code's webview iframe.
    const preview = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    await preview.locator('.canvas svg.journey-map').waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+1');
    await goTo(page, CURSOR.line, CURSOR.column);
    await preview.locator('.jm-highlight').waitFor();
    await page.screenshot({ path: join(docsDir, 'preview.png') });
    console.log('screenshot: docs/preview.png');
});
