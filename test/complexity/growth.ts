import { expect } from 'vitest';

/**
 * Time may grow at most this much when the input grows fourfold. Linear is 4 in theory, but a linear stage that walks
 * a large object graph pays more per object on the larger one (caches, memory pages): such stages measured up to
 * 9.7x on the CI machine. Quadratic is 16: the quadratic stages these tests found grew 13x to 99x.
 */
export const maxRatio = 12;

export interface Growth {
    readonly small: number;
    readonly large: number;
    readonly ratio: number;
}

/** How many times the sizes are timed before a growth above `maxRatio` counts: noise rarely survives five rounds, a quadratic never does. */
const rounds = 5;

/** Each timed sample at size n lasts at least this long (the stage runs several times over): shorter ones are mostly noise. */
const minimumSampleMs = 20;

/**
 * Times `run` on inputs of size n and 4n built by `input` (outside the timing): a warm-up run of each first, then the
 * best of three samples of each, and expects the time to grow at most `maxRatio` times. A stage too quick to time
 * once is run several times per sample, the same number of times at both sizes. When the time grows more than
 * `maxRatio`, both sizes are timed again, up to `rounds` times, and the round of least growth counts (each round
 * times both sizes under the same conditions; a lucky fast sample of one size in one round and a slow one of the
 * other in another would not): a busy moment of the machine slows one round, a super-linear stage every round. Time is the process's CPU time, not the
 * clock's, so that other work on a shared machine does not count.
 */
export async function expectLinear<T>(input: (n: number) => T, run: (input: T) => unknown, n: number): Promise<Growth> {
    const small = input(n);
    const large = input(4 * n);
    // Warm up on both sizes, so that compiled code and the heap's size do not favour either measurement.
    await run(small);
    await run(large);
    const repeats = Math.max(1, Math.ceil(minimumSampleMs / Math.max(await cpuTime(() => run(small), 1), 0.01)));
    let growth = { small: Infinity, large: Infinity, ratio: Infinity };
    for (let round = 0; round < rounds && growth.ratio >= maxRatio; round++) {
        const smallest = await best(() => run(small), repeats);
        const largest = await best(() => run(large), repeats);
        if (largest / smallest < growth.ratio) {
            growth = { small: smallest, large: largest, ratio: largest / smallest };
        }
    }
    console.info(`${expect.getState().currentTestName}: ${growth.small.toFixed(2)} ms at n=${n}, ${growth.large.toFixed(2)} ms at 4n, ratio ${growth.ratio.toFixed(1)}`);
    expect(growth.ratio, `${growth.small.toFixed(2)} ms at n=${n}, ${growth.large.toFixed(2)} ms at 4n`).toBeLessThan(maxRatio);
    return growth;
}

/** The least CPU time per run, in ms, of three samples of `repeats` runs each. */
async function best(run: () => unknown, repeats: number): Promise<number> {
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
        fastest = Math.min(fastest, await cpuTime(run, repeats));
    }
    return fastest;
}

/** Larger than the processor's caches: writing to it evicts what the last run left there. */
const cacheSweep = new Uint8Array(32 * 1024 * 1024);
const cacheLine = 64;

/**
 * CPU time per run, in ms, of `repeats` runs, each started with the processor's caches swept (not timed): run back to
 * back, a small input stays in the caches and a large one does not, which alone makes a linear stage look quadratic.
 */
async function cpuTime(run: () => unknown, repeats: number): Promise<number> {
    let total = 0;
    for (let i = 0; i < repeats; i++) {
        for (let byte = 0; byte < cacheSweep.length; byte += cacheLine) {
            cacheSweep[byte]++;
        }
        const started = process.cpuUsage();
        await run();
        const { user, system } = process.cpuUsage(started);
        total += user + system;
    }
    return total / 1000 / repeats;
}
