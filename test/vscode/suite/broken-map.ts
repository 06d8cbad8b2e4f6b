// The broken map the desktop and the web suites write into their workspace, and what its checks do when the
// workspace's check configuration changes.
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, workspaceUri } from './workspace-helpers.js';

/** A map with an unknown channel (`webb`) and a pain that no opportunity addresses. */
export const brokenMap = `journey Broken "A broken map" {
  owner CX
  personas Sarah
  reviewed 2026-10-01 every year
  stage Visit {
    touchpoint Landing "Landing page" {
      channel webb
      owner Web
      feels Sarah +1 "curious"
    }
  }
  metric Visits "Visits" at Landing { unit % current 10 target 20 better higher }
  pain SlowPage "The page loads slowly" at Landing { severity workaround affects Sarah }
}
`;

/**
 * Writes journey.config.json raising `pain-without-opportunity` to an error and waits for the broken map at `uri` to
 * show it so; deletes the file and waits for the warning again.
 */
export async function regradeThroughConfig(uri: vscode.Uri): Promise<void> {
    const config = workspaceUri('journey.config.json');
    const painWith = (severity: vscode.DiagnosticSeverity) => (found: vscode.Diagnostic[]) =>
        found.some(d => codeOf(d) === 'pain-without-opportunity' && d.severity === severity);
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "checks": { "pain-without-opportunity": "error" } }\n'));
    await diagnosticsWhen(uri, painWith(vscode.DiagnosticSeverity.Error));
    await vscode.workspace.fs.delete(config);
    await diagnosticsWhen(uri, painWith(vscode.DiagnosticSeverity.Warning));
}
