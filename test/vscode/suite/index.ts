// The suite's entry point for VS Code (`extensionTestsPath`): runs every `*.spec` file next to it with Mocha and
// ends with one plain line, `vscode: N passed, N failed, N skipped`, like the vitest run.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000 });
    const files = readdirSync(__dirname).filter(name => name.endsWith('.spec.cjs')).sort();
    for (const file of files) mocha.addFile(join(__dirname, file));
    // The launchers show the workbench's own log up to this line only when the suite fails.
    console.log(`vscode: running ${files.length} spec file(s) in ${vscode.version}`);
    return new Promise((resolve, reject) => {
        const runner = mocha.run(failures => {
            const stats = runner.stats;
            console.log(`vscode: ${stats?.passes ?? 0} passed, ${stats?.failures ?? failures} failed, ${stats?.pending ?? 0} skipped`);
            if (failures > 0) reject(new Error(`${failures} editor tests failed`));
            else resolve();
        });
    });
}
