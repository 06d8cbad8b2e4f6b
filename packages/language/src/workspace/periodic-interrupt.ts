import { OperationCancelled, interruptAndCheck, type Cancellation } from 'langium';

/** How many nodes a walk visits between two calls of Langium's `interruptAndCheck` (which yields after 10 ms). */
const nodesPerInterrupt = 64;

/**
 * For a walk over every node of a map (linking, validating): Langium's `interruptAndCheck` on every 64th
 * node and only the cancellation check on the others. Langium's walks await `interruptAndCheck` on every
 * node, an async call and a promise each, though it yields at most once per 10 ms; on a 1,000-touchpoint map
 * that is thousands of promises per walk on every keystroke. A walk yields at most 63 nodes later (well
 * under a millisecond) and still stops at the first node after a cancellation.
 * Returns a promise to await, or undefined when there is nothing to wait for.
 */
export function periodicInterrupt(cancelToken: Cancellation.CancellationToken): () => Promise<void> | undefined {
    let visited = 0;
    return () => {
        if (visited++ % nodesPerInterrupt === 0) {
            return interruptAndCheck(cancelToken);
        }
        if (cancelToken.isCancellationRequested) {
            throw OperationCancelled;
        }
        return undefined;
    };
}
