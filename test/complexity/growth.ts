import { expect } from 'vitest';

/** Time may grow at most this much when the input grows fourfold: linear is 4 within noise, quadratic 16. */
export const maxRatio = 8;

export interface Growth {
    readonly small: number;
    readonly large: number;
    readonly ratio: number;
}

/**
 * Times `run` on inputs of size n and 4n built by `input` (outside the timing): a warm-up run of each first, then the
 * best of three runs of each, and expects the time to grow at most `maxRatio` times. Time is the process's
 * CPU time, not the clock's, so that other work on a shared machine does not count.
 */
export async function expectLinear<T>(input: (n: number) => T, run: (input: T) => unknown, n: number): Promise<Growth> {
    const small = input(n);
    const large = input(4 * n);
    // Warm up on both sizes, so that compiled code and the heap's size do not favour either measurement.
    await run(small);
    await run(large);
    const growth = { small: await best(() => run(small)), large: await best(() => run(large)), ratio: 0 };
    const result = { ...growth, ratio: growth.large / growth.small };
    console.info(`${expect.getState().currentTestName}: ${result.small.toFixed(1)} ms at n=${n}, ${result.large.toFixed(1)} ms at 4n, ratio ${result.ratio.toFixed(1)}`);
    expect(result.ratio, `${result.small.toFixed(1)} ms at n=${n}, ${result.large.toFixed(1)} ms at 4n`).toBeLessThan(maxRatio);
    return result;
}

/** The least CPU time, in ms, of three runs. */
async function best(run: () => unknown): Promise<number> {
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
        const started = process.cpuUsage();
        await run();
        const { user, system } = process.cpuUsage(started);
        fastest = Math.min(fastest, (user + system) / 1000);
    }
    return fastest;
}
