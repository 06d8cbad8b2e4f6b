import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseCheckConfig, type CheckConfig } from '../src/index.js';
import { diagnosticsOf } from './check-helper.js';

const map = `journey J { reviewed 2026-10-01
  stage S { touchpoint T { channel web } }
  pain P at T { severity abandon }
}`;

describe('check configuration', () => {
    it('re-grades and turns off checks', async () => {
        const parsed = parseCheckConfig('{ "checks": { "pain-without-opportunity": "error", "stage-without-metric": "off" } }');
        expect('config' in parsed).toBe(true);
        const config = (parsed as { config: CheckConfig }).config;
        const diagnostics = await diagnosticsOf(map, {}, { config });
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual([['pain-without-opportunity', DiagnosticSeverity.Error]]);
        const defaults = await diagnosticsOf(map);
        expect(defaults.map(d => [d.code, d.severity])).toEqual(expect.arrayContaining([
            ['pain-without-opportunity', DiagnosticSeverity.Warning],
            ['stage-without-metric', DiagnosticSeverity.Information]
        ]));
    });

    it('refuses what it does not understand, saying what', () => {
        expect(parseCheckConfig('{ "checks": { "no-such-check": "off" } }')).toEqual({ error: "unknown check 'no-such-check'" });
        expect(parseCheckConfig('{ "checks": { "stale-map": "loud" } }')).toEqual({ error: "check 'stale-map' must be one of error, warning, info, hint, off" });
        expect(parseCheckConfig('{ "checks": { "syntax-error": "off" } }')).toEqual({ error: "'syntax-error' is always an error and cannot be changed" });
        expect(parseCheckConfig('{ "rules": {} }')).toEqual({ error: "unknown setting 'rules' (known: checks)" });
        expect(parseCheckConfig('[]')).toMatchObject({ error: expect.stringContaining('JSON object') });
        expect(parseCheckConfig('{ checks: }')).toMatchObject({ error: expect.stringContaining('not valid JSON') });
    });
});
