import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The boundary rule's messages for `code` as if written in `file` (relative to the repository). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
    return result.messages.filter(message => message.ruleId === '@typescript-eslint/no-restricted-imports').map(message => message.message);
}

describe('npm run lint: the package boundaries', () => {
    it.each([
        ['the language package imports the diagram', 'packages/language/src/lsp/x.ts', "import { renderDiagram } from '@journey-maps/diagram';\nexport const f = renderDiagram;"],
        ['the language package imports the CLI', 'packages/language/src/x.ts', "import { fails } from '../../cli/src/check-output/findings.js';\nexport const f = fails;"],
        ['the pure model loads Langium', 'packages/language/src/analysis/x.ts', "import { AstUtils } from 'langium';\nexport const f = AstUtils;"],
        ['the diagram imports the parser entry', 'packages/diagram/src/x.ts', "import { journeyModel } from '@journey-maps/language';\nexport const f = journeyModel;"],
        ['the diagram imports Langium', 'packages/diagram/src/x.ts', "import { URI } from 'langium';\nexport const f = URI;"],
        ['the diagram imports the extension', 'packages/diagram/src/x.ts', "import { activate } from '../../vscode/src/extension/main.js';\nexport const f = activate;"],
        ['the extension host imports the diagram', 'packages/vscode/src/extension/x.ts', "import { lanes } from '@journey-maps/diagram';\nexport const f = lanes;"],
        ['the extension host imports Langium', 'packages/vscode/src/extension/x.ts', "import { URI } from 'langium';\nexport const f = URI;"],
        ['the webview imports the diagram', 'packages/vscode/src/webview/x.ts', "import { lanes } from '@journey-maps/diagram';\nexport const f = lanes;"],
        ['the extension host imports the language server\'s code', 'packages/vscode/src/extension/x.ts', "import { registerDiagramRequests } from '../../../language-server/src/diagram-requests.js';\nexport const f = registerDiagramRequests;"],
        ['the language server imports the extension', 'packages/language-server/src/x.ts', "import { activate } from '../../vscode/src/extension/main.js';\nexport const f = activate;"],
        ['the webview imports the language client', 'packages/vscode/src/webview/x.ts', "import { LanguageClient } from 'vscode-languageclient/browser';\nexport const f = LanguageClient;"]
    ])('fails when %s', async (_case, file, code) => {
        expect(await boundaryErrors(file, code)).toHaveLength(1);
    });

    it.each([
        ['the diagram imports the pure model', 'packages/diagram/src/x.ts', "import { allStages } from '@journey-maps/language/model';\nexport const f = allStages;"],
        ['the pure model imports an AST type (gone at run time)', 'packages/language/src/analysis/x.ts', "import type { Journey } from '../generated/ast.js';\nexport type J = Journey;"],
        ['the CLI imports the diagram', 'packages/cli/src/x.ts', "import { renderDiagram } from '@journey-maps/diagram';\nexport const f = renderDiagram;"],
        ['the extension host imports the language server\'s protocol', 'packages/vscode/src/extension/x.ts', "import { DiagramRequest } from '@journey-maps/language-server/protocol';\nexport const f = DiagramRequest;"],
        ['the language server imports the diagram', 'packages/language-server/src/x.ts', "import { renderDiagram } from '@journey-maps/diagram';\nexport const f = renderDiagram;"]
    ])('passes when %s', async (_case, file, code) => {
        expect(await boundaryErrors(file, code)).toEqual([]);
    });
});
