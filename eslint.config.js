// Lint: typescript-eslint's recommended rules, and the package boundaries as import rules, so a wrong-way import
// fails `npm run lint` (part of `npm test`). The boundaries and why are in CONTRIBUTING.md.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns (gitignore style) and the reason shown when one is broken. */
const banned = (group, message) => ({ group, message });

const langium = banned(['langium', 'langium/*', 'chevrotain', 'vscode-languageserver', 'vscode-languageserver/*'],
    'the parser and the language server stay in packages/language and the language server');
const languageClient = banned(['vscode-languageclient', 'vscode-languageclient/*'], 'only the extension host is a language client');
const languageMain = { regex: '^@journey-maps/language$|/language/src/', message: 'import the pure model from @journey-maps/language/model: the main entry loads Langium' };
const diagram = banned(['@journey-maps/diagram', '@journey-maps/diagram/*', '**/diagram/src/**'],
    'the layout package is used by the language server and the CLI only');
const cli = banned(['@journey-maps/cli', '@journey-maps/cli/*', '**/cli/src/**'], 'nothing depends on the CLI');
const vscodeApi = { regex: '^vscode$', message: 'only the extension host talks to VS Code' };
const vscodePackage = banned(['**/vscode/src/**'], 'nothing outside packages/vscode depends on the extension');
const languageServer = { regex: '^@journey-maps/language-server/main$|/language-server/src/(?!protocol/)',
    message: 'clients of the language server use its protocol (@journey-maps/language-server/protocol) only' };
const nodeBuiltins = banned(['node:*', 'fs', 'path', 'child_process'], 'the webview runs in a browser');

const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
/** Like restrict, but type-only imports pass: they vanish at run time. */
const restrictAtRunTime = (...patterns) => ({
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map(pattern => ({ ...pattern, allowTypeImports: true })) }]
});

export default tseslint.config(
    { ignores: ['**/node_modules/**', '**/dist/**', '**/out/**', '.vscode-test/**', 'packages/language/src/generated/**', 'test/vscode/out/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: { globals: { ...globals.node } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
            '@typescript-eslint/no-non-null-assertion': 'off',
            // Sanitisers of user text match control characters on purpose.
            'no-control-regex': 'off',
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
        }
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
    { files: ['packages/language/src/**/*.ts'], rules: restrict(diagram, cli, vscodeApi, vscodePackage) },
    {
        // The pure model entry and everything it pulls in: plain data and functions, usable without the parser.
        files: ['packages/language/src/model.ts', 'packages/language/src/model/journey-model.ts', 'packages/language/src/model/all-stages.ts',
            'packages/language/src/model/dates.ts', 'packages/language/src/model/scale.ts', 'packages/language/src/model/number-limits.ts', 'packages/language/src/model/metric-status.ts',
            'packages/language/src/model/bind-metrics.ts', 'packages/language/src/analysis/**/*.ts', 'packages/language/src/diff/**/*.ts',
            'packages/language/src/text/**/*.ts'],
        rules: restrictAtRunTime(diagram, cli, vscodeApi, vscodePackage, langium)
    },
    {
        files: ['packages/diagram/src/**/*.ts'],
        rules: {
            ...restrict(cli, vscodeApi, vscodePackage, langium, languageMain),
            'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'DOMParser'].map(name => ({ name, message: 'the diagram renders without a browser' }))]
        }
    },
    { files: ['packages/cli/src/**/*.ts'], rules: restrict(vscodeApi, vscodePackage) },
    { files: ['packages/language-server/src/**/*.ts'], rules: restrict(cli, vscodeApi, vscodePackage) },
    { files: ['packages/vscode/src/extension/**/*.ts'], rules: restrict(diagram, cli, langium, languageMain, languageServer) },
    {
        files: ['packages/vscode/src/webview/**/*.ts'],
        languageOptions: { globals: { ...globals.browser } },
        rules: restrict(diagram, cli, langium, languageClient, languageMain, languageServer, vscodeApi, nodeBuiltins)
    }
);
