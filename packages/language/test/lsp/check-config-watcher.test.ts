import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { applyCheckConfig, readWorkspaceCheckConfig } from '../../src/lsp/check-config-watcher.js';
import { openWorkspace } from './lsp-helper.js';

describe('the language server reads journey.config.json', () => {
    it('finds the file at a workspace root, or the one the setting names, and reports a broken one', async () => {
        const empty = mkdtempSync(join(tmpdir(), 'journey-config-'));
        const configured = mkdtempSync(join(tmpdir(), 'journey-config-'));
        writeFileSync(join(configured, 'journey.config.json'), '{ "checks": { "stage-without-metric": "off" } }');
        const broken = mkdtempSync(join(tmpdir(), 'journey-config-'));
        writeFileSync(join(broken, 'journey.config.json'), '{ "checks": { "stage-without-metric": "quiet" } }');
        const fs = NodeFileSystem.fileSystemProvider();
        expect(await readWorkspaceCheckConfig(fs, [URI.file(empty)])).toEqual({ config: { checks: {} } });
        expect(await readWorkspaceCheckConfig(fs, [URI.file(empty), URI.file(configured)])).toEqual({ config: { checks: { 'stage-without-metric': 'off' } } });
        writeFileSync(join(configured, 'strict.json'), '{ "checks": { "stage-without-metric": "error" } }');
        expect(await readWorkspaceCheckConfig(fs, [URI.file(configured)], 'strict.json')).toEqual({ config: { checks: { 'stage-without-metric': 'error' } } });
        expect(await readWorkspaceCheckConfig(fs, [URI.file(empty)], join(configured, 'strict.json'))).toEqual({ config: { checks: { 'stage-without-metric': 'error' } } });
        const result = await readWorkspaceCheckConfig(fs, [URI.file(broken)]);
        expect(result.config).toEqual({ checks: {} });
        expect(result.problem).toMatch(/journey\.config\.json: check 'stage-without-metric' must be one of error, warning, info, hint, off; the default checks apply\.$/);
    });

    it('re-validates open documents when the configuration changes', async () => {
        const { services, documents } = await openWorkspace({ 'map.journey': 'journey J { reviewed 2026-10-01 stage S { touchpoint T { channel web } } }' });
        const codes = () => (documents['map.journey'].diagnostics ?? []).map(d => String(d.code));
        expect(codes()).toEqual(['stage-without-metric']);
        await applyCheckConfig(services, { checks: { 'stage-without-metric': 'off', 'review-missing': 'error' } });
        expect(codes()).toEqual([]);
        await applyCheckConfig(services, { checks: {} });
        expect(codes()).toEqual(['stage-without-metric']);
    });
});
