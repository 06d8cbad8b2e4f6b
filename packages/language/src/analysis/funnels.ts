import TinyQueue from 'tinyqueue';
import type { FlowModel, FlowStepModel, JourneyModel } from '../model/journey-model.js';

export interface FunnelStep {
    readonly touchpoint: string;
    /** Share of the flow's starters that reach the touchpoint, in %. */
    readonly reached: number;
}

export interface Funnel {
    /** The flow's id (`flow-1`, ...) and what names it. */
    readonly flow: string;
    readonly flowTitle?: string;
    readonly persona?: string;
    /** The segment travelling the flow, when a segment does instead of a persona. */
    readonly segment?: string;
    /** Every touchpoint of the flow, in the order people reach them. */
    readonly steps: readonly FunnelStep[];
    /** Share of the starters that reach a touchpoint with no way on and do not leave there, in %. */
    readonly completion: number;
}

/** A step of a flow, with what the funnel rules make of it. */
export interface WeighedStep {
    readonly step: FlowStepModel;
    /** A step back to a touchpoint already passed on the way to where it starts. */
    readonly backtrack: boolean;
    /** Share of the people at `step.from` that take the step, in %. */
    readonly weight: number;
}

/** A flow read as a funnel: its touchpoints in the order people reach them, and every step weighed. */
export interface FlowPaths {
    /** The touchpoints no forward step leads to (or the first step's, when every touchpoint is led to). */
    readonly starts: readonly string[];
    /** Every touchpoint of the flow, each after all the touchpoints with a forward step into it; ties in text order. */
    readonly order: readonly string[];
    /** The steps leaving each touchpoint, in text order. */
    readonly out: ReadonlyMap<string, readonly WeighedStep[]>;
    /** Share of those at a touchpoint with no forward step who finish there, in % (absent for other touchpoints). */
    readonly finishing: ReadonlyMap<string, number>;
}

/**
 * The funnel of every flow that gives at least one share, in flow order. The rules:
 * - the starters are the people at the flow's first touchpoints (those no forward step leads to), split evenly
 *   between them when there are several;
 * - a step with a share takes that share of the people at its touchpoint; the steps without a share (drops
 *   included) split evenly what the steps with a share leave;
 * - a backtrack (a step back to a touchpoint already passed) adds nobody to it: with a share, it takes those
 *   people out of the funnel; without one, it takes nobody;
 * - several steps into a touchpoint add up;
 * - at a touchpoint with no way on, finishing counts as one more step without a share; the completion is the
 *   share of starters that finish.
 */
export function funnels(model: JourneyModel): Funnel[] {
    return model.flows.filter(flow => flow.steps.some(step => step.share !== undefined)).map(flow => {
        const paths = flowPaths(flow);
        const reached = new Map<string, number>(paths.starts.map(start => [start, 100 / paths.starts.length]));
        let completion = 0;
        for (const touchpoint of paths.order) {
            const here = reached.get(touchpoint) ?? 0;
            for (const { step, backtrack, weight } of paths.out.get(touchpoint) ?? []) {
                if (step.to !== undefined && !backtrack) {
                    reached.set(step.to, (reached.get(step.to) ?? 0) + here * weight / 100);
                }
            }
            completion += here * (paths.finishing.get(touchpoint) ?? 0) / 100;
        }
        return {
            flow: flow.id, flowTitle: flow.title, persona: flow.persona, segment: flow.segment,
            steps: paths.order.map(touchpoint => ({ touchpoint, reached: reached.get(touchpoint) ?? 0 })),
            completion
        };
    });
}

/** Reads a flow as a directed graph: backtracks found depth first from the starts, then the order and weights. */
export function flowPaths(flow: FlowModel): FlowPaths {
    const out = new Map<string, FlowStepModel[]>();
    const touchpoints: string[] = [];
    const see = (name: string) => {
        if (!out.has(name)) {
            out.set(name, []);
            touchpoints.push(name);
        }
    };
    for (const step of flow.steps) {
        see(step.from);
        if (step.to !== undefined) {
            see(step.to);
        }
        out.get(step.from)!.push(step);
    }
    const backtracks = findBacktracks(touchpoints, out);
    const ledTo = new Set(flow.steps.filter(step => step.to !== undefined && !backtracks.has(step)).map(step => step.to!));
    const free = touchpoints.filter(name => !ledTo.has(name));
    const starts = free.length > 0 ? free : touchpoints.slice(0, 1);
    const order = topologicalOrder(touchpoints, out, backtracks);
    const weighed = new Map<string, WeighedStep[]>();
    const finishing = new Map<string, number>();
    for (const touchpoint of touchpoints) {
        const steps = out.get(touchpoint)!;
        const forward = steps.filter(step => step.to !== undefined && !backtracks.has(step));
        const isEnd = forward.length === 0;
        // A share outside 0..100 is an error of the map (share-out-of-range); the funnel reads it as the nearest bound.
        const shareOf = (step: FlowStepModel) => step.share === undefined ? undefined : Math.min(100, Math.max(0, step.share));
        const given = steps.reduce((sum, step) => sum + (shareOf(step) ?? 0), 0);
        const sharing = steps.filter(step => step.share === undefined && !backtracks.has(step)).length + (isEnd ? 1 : 0);
        const even = sharing === 0 ? 0 : Math.max(0, 100 - given) / sharing;
        weighed.set(touchpoint, steps.map(step => ({
            step, backtrack: backtracks.has(step), weight: shareOf(step) ?? (backtracks.has(step) ? 0 : even)
        })));
        if (isEnd) {
            finishing.set(touchpoint, even);
        }
    }
    return { starts, order, out: weighed, finishing };
}

/**
 * Steps back to a touchpoint on the current path of a depth-first walk from the first touchpoints, in text order.
 * The walk keeps its own stack, so that a flow of any length is read (a recursive walk overflows the call stack
 * at about ten thousand steps).
 */
function findBacktracks(touchpoints: readonly string[], out: ReadonlyMap<string, readonly FlowStepModel[]>): Set<FlowStepModel> {
    const backtracks = new Set<FlowStepModel>();
    const state = new Map<string, 'open' | 'done'>();
    const ledTo = new Set([...out.values()].flat().map(step => step.to));
    const walk = (start: string) => {
        // Each entry: a touchpoint on the current path and how many of its steps are looked at.
        const path: { name: string; next: number }[] = [{ name: start, next: 0 }];
        state.set(start, 'open');
        while (path.length > 0) {
            const top = path[path.length - 1];
            const step = (out.get(top.name) ?? [])[top.next++];
            if (step === undefined) {
                state.set(top.name, 'done');
                path.pop();
            } else if (step.to !== undefined) {
                const seen = state.get(step.to);
                if (seen === 'open') {
                    backtracks.add(step);
                } else if (seen === undefined) {
                    state.set(step.to, 'open');
                    path.push({ name: step.to, next: 0 });
                }
            }
        }
    };
    // Walk from the touchpoints nothing leads to first, then from any left (a flow that is one loop).
    for (const name of [...touchpoints.filter(name => !ledTo.has(name)), ...touchpoints]) {
        if (!state.has(name)) {
            walk(name);
        }
    }
    return backtracks;
}

/** Kahn's order: a touchpoint once every forward step into it is taken; of those ready, the first written. */
function topologicalOrder(touchpoints: readonly string[], out: ReadonlyMap<string, readonly FlowStepModel[]>, backtracks: ReadonlySet<FlowStepModel>): string[] {
    const position = new Map(touchpoints.map((name, index) => [name, index]));
    const waiting = new Map(touchpoints.map(name => [name, 0]));
    for (const step of [...out.values()].flat()) {
        if (step.to !== undefined && !backtracks.has(step)) {
            waiting.set(step.to, waiting.get(step.to)! + 1);
        }
    }
    const order: string[] = [];
    const ready = new TinyQueue(touchpoints.filter(name => waiting.get(name) === 0), (a, b) => position.get(a)! - position.get(b)!);
    while (ready.length > 0) {
        const name = ready.pop()!;
        order.push(name);
        for (const step of out.get(name) ?? []) {
            if (step.to !== undefined && !backtracks.has(step)) {
                const left = waiting.get(step.to)! - 1;
                waiting.set(step.to, left);
                if (left === 0) {
                    ready.push(step.to);
                }
            }
        }
    }
    return order;
}
