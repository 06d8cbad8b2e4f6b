import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../packages/language/src/index.js';
import { checkFiles } from '../packages/language/test/check-helper.js';
import { checkAnchor } from '../packages/cli/src/check-output/check-sarif.js';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

describe('README', () => {
    it('gives a language tour that checks clean', async () => {
        const tour = /```\n(\/\/ shared\.journey[\s\S]*?)```/.exec(readme)?.[1];
        expect(tour).toBeDefined();
        const [checked] = await checkFiles({ 'tour.journey': tour! });
        expect(checked.document.parseResult.value.elements.length).toBeGreaterThan(5);
        expect(checked.diagnostics.map(d => `${d.range.start.line + 1} ${String(d.code)} ${d.message}`)).toEqual([]);
    });

    it('lists every check with its anchor (what SARIF links to), code, default severity and description', () => {
        for (const [code, issue] of Object.entries(IssueCodes)) {
            const severity = issue.configurable ? issue.severity : `${issue.severity} (fixed)`;
            expect(readme).toContain(`| <a id="${checkAnchor(code)}"></a>\`${code}\` | ${severity} | ${issue.description} |`);
        }
    });

    it('starts with the two quick-start commands that CI runs', () => {
        expect(readme).toContain('```sh\nnpm ci && npx journey check examples\nnpm test\n```');
        const ci = readFileSync(resolve(import.meta.dirname, '../.ci/run'), 'utf8');
        expect(ci).toContain('npx journey check examples');
        expect(ci).toMatch(/^npm test$/m);
    });
});
