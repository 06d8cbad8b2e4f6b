import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, printableLines } from '../src/printable.js';
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

describe('printable', () => {
    it('escapes C0, DEL, C1, line separators and bidi controls, and leaves other text alone', () => {
        expect(printable('a\u0000b\tc\rd\ne\u001bf\u007fg\u0085h\u009bi')).toBe('a\\x00b\\tc\\rd\\ne\\x1bf\\x7fg\\x85h\\x9bi');
        expect(printable('\u202a\u202e\u2066\u2069\u200f\u2028\u061c')).toBe('\\u202a\\u202e\\u2066\\u2069\\u200f\\u2028\\u061c');
        expect(printable('Café – 数据 👍 C:\\maps\\a.journey')).toBe('Café – 数据 👍 C:\\maps\\a.journey');
        expect(printableLines('one\u001b\ntwo')).toBe('one\\x1b\ntwo');
    });
});
