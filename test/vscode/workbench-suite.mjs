// What `npm run test:vscode` and `npm run test:web` share once their workbench is served: the suite runs in the
// workbench's page in headless Chromium; its log is forwarded (the workbench's own log only when the run fails),
// its exit code awaited within a timeout, and the closing summary line printed for CI's log reader.
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';

/**
 * @param {{
 *   name: string,
 *   timeoutMs: number,
 *   suiteStart: RegExp,
 *   noise?: RegExp,
 *   scratch: string,
 *   cleanup: () => void,
 *   times: { started: number, setupDone: number },
 *   serve: () => Promise<{ url: string, waitUntil?: 'load' | 'commit', stop: () => void }>
 * }} run `serve` starts the workbench's server and says where the workbench is
 * @returns {Promise<never>} exits the process with the suite's exit code
 */
export async function runWorkbenchSuite({ name, timeoutMs, suiteStart, noise, scratch, cleanup, times, serve }) {
    const verbose = process.env.VSCODE_TEST_VERBOSE === '1';
    const summaryLine = new RegExp(`^${name}: \\d+ passed, \\d+ failed, \\d+ skipped$`);
    let summary = '';
    /** The workbench's log until the suite starts: shown only if the run fails. */
    const startupLog = [];
    let suiteStarted = false;
    let exitCode = 1;
    let server;
    let browser;
    try {
        server = await serve();
        browser = await launchBrowser(join(scratch, 'browser'));
        const page = browser.pages()[0] ?? await browser.newPage();
        const exited = new Promise(resolve => {
            void page.exposeFunction('codeAutomationExit', code => resolve(code));
        });
        await page.exposeFunction('codeAutomationLog', (_type, args) => {
            const text = format(...args).trimEnd();
            suiteStarted ||= suiteStart.test(text);
            if (summaryLine.test(text)) summary = text;
            else if (verbose || (suiteStarted && !noise?.test(text))) console.log(text);
            else if (!suiteStarted) startupLog.push(text);
        });
        if (verbose) page.on('console', message => console.log(`[page] ${message.text()}`));
        // The workbench loads for a while on a busy machine: the suite's own timeout bounds the wait, not the page's load.
        await page.goto(server.url, { waitUntil: server.waitUntil ?? 'load' });
        const timeout = new Promise(resolve => setTimeout(() => resolve('timeout'), timeoutMs).unref());
        const outcome = await Promise.race([exited, timeout]);
        if (outcome === 'timeout') console.error(`${name}: the suite did not finish within ${timeoutMs / 1000} s`);
        else exitCode = outcome;
        if (exitCode !== 0 && !verbose) console.error(`${name}: the workbench's log before the suite:\n${startupLog.join('\n')}`);
    } finally {
        await browser?.close();
        server?.stop();
        cleanup();
    }
    console.log(`${name}: setup ${((times.setupDone - times.started) / 1000).toFixed(1)} s, suite ${((Date.now() - times.setupDone) / 1000).toFixed(1)} s`);
    console.log(summary || `${name}: 0 passed, 1 failed, 0 skipped`);
    process.exit(summary ? exitCode : 1);
}
