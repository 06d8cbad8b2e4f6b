import { Cancellation, OperationCancelled } from 'langium';
import { describe, expect, it } from 'vitest';
import { periodicInterrupt } from '../src/workspace/periodic-interrupt.js';

describe('the periodic interrupt of a walk over every node', () => {
    it('hands Langium\'s interruptAndCheck a turn on every 64th node only', async () => {
        const interrupt = periodicInterrupt(new Cancellation.CancellationTokenSource().token);
        const turns: number[] = [];
        for (let node = 0; node < 200; node++) {
            const pending = interrupt();
            if (pending) {
                turns.push(node);
                await pending;
            }
        }
        expect(turns).toEqual([0, 64, 128, 192]);
    });

    it('stops at the first node after a cancellation, between two turns too', async () => {
        const source = new Cancellation.CancellationTokenSource();
        const interrupt = periodicInterrupt(source.token);
        await interrupt();
        expect(interrupt()).toBeUndefined();
        source.cancel();
        expect(() => interrupt()).toThrow();
        let thrown: unknown;
        try {
            interrupt();
        } catch (error) {
            thrown = error;
        }
        expect(thrown).toBe(OperationCancelled);
    });

    it('stops at a turn after a cancellation', async () => {
        const source = new Cancellation.CancellationTokenSource();
        const interrupt = periodicInterrupt(source.token);
        source.cancel();
        await expect(interrupt()).rejects.toBe(OperationCancelled);
    });
});
