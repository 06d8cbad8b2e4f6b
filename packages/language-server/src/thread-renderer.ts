// The Node server's diagram renderer: jobs go to the diagram's worker thread (render-worker.ts) one at a time. A job
// whose request was superseded or cancelled before its turn is dropped; one cancelled while it runs is answered at
// once and the worker finishes it before the next starts. A job that runs past the deadline, or a worker that dies
// (out of memory included), ends in an error, and the next job starts a fresh worker.
import { Worker } from 'node:worker_threads';
import { RenderAborted, type DiagramRenderer } from './diagram-renderer.js';
import type { Rendered, RenderJob } from './render-job.js';
import type { RenderAnswer, RenderMessage } from './render-worker.js';

/** A whole render (graph, ELK, SVG) that takes longer than this is given up: the preview says so. */
export const renderDeadlineMs = Number(process.env.JOURNEY_RENDER_DEADLINE_MS) || 60_000;

/** The worker's heap: a diagram that needs more fails on its own, and the server lives on. */
const workerHeapMb = 1536;

/** `entry` is the server's own script, which serves render jobs when it runs in a worker thread (see main.ts). */
export function threadRenderer(entry: URL, log: (message: string) => void): DiagramRenderer {
    let worker: Worker | undefined;
    let queue = Promise.resolve();
    let lastId = 0;

    const started = (): Worker => {
        if (worker) return worker;
        const fresh = new Worker(entry, { stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } });
        // stdout is the LSP channel in `--stdio` mode: whatever the worker prints goes to the log instead.
        fresh.stdout.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()));
        fresh.stderr.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()));
        fresh.on('error', error => log(`The diagram's worker failed: ${error.message}`));
        fresh.on('exit', () => {
            if (worker === fresh) worker = undefined;
        });
        // An idle worker never keeps the server's process alive.
        fresh.unref();
        worker = fresh;
        return fresh;
    };

    /** Runs one job; resolves once the worker is free again, whatever became of the request. */
    const run = (job: RenderJob, signal: AbortSignal, resolve: (rendered: Rendered) => void, reject: (error: Error) => void) => new Promise<void>(free => {
        const current = started();
        const id = ++lastId;
        let answered = false;
        const answer = (settle: () => void) => {
            if (!answered) settle();
            answered = true;
        };
        const finish = () => {
            clearTimeout(timer);
            current.off('message', received);
            current.off('exit', exited);
            signal.removeEventListener('abort', aborted);
            free();
        };
        const received = (message: RenderAnswer) => {
            if (message.id !== id) return;
            finish();
            answer(() => ('error' in message ? reject(new Error(message.error)) : resolve(message)));
        };
        const exited = () => {
            finish();
            answer(() => reject(new Error('The diagram could not be drawn: its worker stopped (out of memory?).')));
        };
        const aborted = () => answer(() => reject(new RenderAborted()));
        const timer = setTimeout(() => {
            log(`A diagram took longer than ${renderDeadlineMs / 1000} s to draw; its worker is stopped.`);
            answer(() => reject(new Error(`The diagram took longer than ${renderDeadlineMs / 1000} s to draw; try the compact layout or hide some lanes.`)));
            // The next job starts a fresh worker at once, not the one being stopped.
            if (worker === current) worker = undefined;
            finish();
            void current.terminate();
        }, renderDeadlineMs);
        current.on('message', received);
        current.on('exit', exited);
        signal.addEventListener('abort', aborted);
        current.postMessage({ id, job: JSON.stringify(job) } satisfies RenderMessage);
    });

    return {
        warmUp() {
            started().postMessage({ warmUp: true } satisfies RenderMessage);
        },
        render: (job, signal) => new Promise((resolve, reject) => {
            queue = queue.then(() => signal.aborted ? reject(new RenderAborted()) : run(job, signal, resolve, reject));
        })
    };
}
