// The web suite's entry point for VS Code for the Web (`extensionTestsPath`, loaded in the web extension host, a
// web worker): Mocha's browser build runs web.spec.ts and the run ends with one plain line,
// `vscode-web: N passed, N failed, N skipped`.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
    mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
    // After setup, which defines describe and it.
    await import('./web.spec.js');
    // The launcher shows the workbench's own log up to this line only when the suite fails.
    console.log(`vscode-web: running in ${vscode.version} (${vscode.env.appHost}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
    return new Promise((resolve, reject) => {
        const runner = mocha.run(failures => {
            const stats = runner.stats;
            console.log(`vscode-web: ${stats?.passes ?? 0} passed, ${stats?.failures ?? failures} failed, ${stats?.pending ?? 0} skipped`);
            if (failures > 0) reject(new Error(`${failures} web editor tests failed`));
            else resolve();
        });
    });
}
