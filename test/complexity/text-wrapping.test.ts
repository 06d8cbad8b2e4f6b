import { describe, it } from 'vitest';
import { wrapText } from '@journey-maps/diagram';
import { expectLinear } from './growth.js';

const bold = { size: 12, weight: 'bold' } as const;

describe('text wrapping grows linearly', () => {
    it('with a long unbroken word', async () => {
        await expectLinear(n => 'x'.repeat(n), text => wrapText(text, bold, 150), 40_000);
    });

    it('with many words cut to three lines', async () => {
        await expectLinear(n => 'word '.repeat(n / 5), text => wrapText(text, bold, 150, 3), 40_000);
    });
});
