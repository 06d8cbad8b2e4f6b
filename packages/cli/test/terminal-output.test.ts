import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJourney, workspace } from './run-cli.js';

const map = 'journey J {\n  stage S { touchpoint T { channel web } }\n}\n';
const hostile = 'b\u001b[31m\n\u202ex.journey';

describe('control characters in names never reach the terminal', () => {
    it('escapes them in findings, fmt lines and error messages, so a name cannot colour the output or forge a line', () => {
        const dir = workspace({ 'a.journey': map });
        copyFileSync(join(dir, 'a.journey'), join(dir, hostile));
        const check = runJourney(['check', '.', '--no-color'], dir);
        expect(check.stdout).not.toMatch(/[\u001b\u202e]/);
        expect(check.stdout).toContain('b\\x1b[31m\\n\\u202ex.journey');
        // Every finding is still one line that starts with a path.
        expect(check.stdout.trim().split('\n').slice(0, -1).every(line => /^(a|b\\x1b)/.test(line))).toBe(true);

        writeFileSync(join(dir, hostile), map.replace('  stage', 'stage'));
        const fmt = runJourney(['fmt', '--check'], dir);
        expect(fmt.stdout).toBe('b\\x1b[31m\\n\\u202ex.journey: not formatted\n1 of 2 maps need formatting.\n');

        const missing = runJourney(['check', 'gone\u001b]0;title\u0007.journey'], dir);
        expect(missing).toMatchObject({ code: 2, stderr: 'journey: no such file or folder: gone\\x1b]0;title\\x07.journey\n' });
        const option = runJourney(['check', '--bad\u001b[2J'], dir);
        expect(option.code).toBe(2);
        expect(option.stderr).not.toContain('\u001b');
        expect(option.stderr).toContain('--bad\\x1b[2J');
    });
});
