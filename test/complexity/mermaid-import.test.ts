import { describe, expect, it } from 'vitest';
import { journeyFromMermaid, parseMermaidJourney } from '../../packages/cli/src/mermaid/mermaid-import.js';
import { expectLinear } from './growth.js';

describe('journey import grows linearly', () => {
    it('with n tasks of the same two titles', async () => {
        const mermaid = (n: number) => `journey\n  section Day\n${Array.from({ length: n }, (_, i) => `    ${i % 2 ? 'Task' : 'Step'}: 3: Me, Cat`).join('\n')}\n`;
        await expectLinear(mermaid, text => {
            const parsed = parseMermaidJourney(text);
            expect('journey' in parsed).toBe(true);
            return 'journey' in parsed && journeyFromMermaid(parsed.journey, 'Day', 'day.mmd');
        }, 10_000);
    });
});
