import type { ServerResponse } from 'node:http';
import { expect, vi } from 'vitest';
import {
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from './loopback-server.js';

/** One answer of a gated server. */
export interface GatedAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** What the client did to a gated server, counted as it happened. */
export interface GatedStats {
  /** Requests received and not yet answered or given up on. */
  out: number;
  /** The most requests that were out at once. */
  maxOut: number;
  /** Requests the client gave up on: the connection closed before the answer. */
  aborted: number;
}

export interface GatedServer {
  readonly server: LoopbackServer;
  readonly stats: GatedStats;
  /** Answers waiting for `release()`. */
  held(): number;
  /** From now on, a request `rule` picks waits for `release()` before it is answered. */
  holdWhile(rule: (req: RecordedRequest) => boolean): void;
  /** Answers every held request and holds no more. */
  release(): void;
}

/**
 * A loopback server whose answers can be held back, for tests of requests in flight (prefetch,
 * cancellation): it counts the requests out at once and the ones the client gave up on. Past
 * `runaway` requests it answers 599, so a client that loops fails its test instead of hanging it.
 * `answer` gets the request and its 0-based index.
 */
export async function startGatedServer(
  answer: (req: RecordedRequest, index: number) => GatedAnswer,
  { runaway = 60 }: { runaway?: number } = {},
): Promise<GatedServer> {
  const stats: GatedStats = { out: 0, maxOut: 0, aborted: 0 };
  const held: Array<() => void> = [];
  let hold: (req: RecordedRequest) => boolean = () => false;
  let count = 0;
  const server = await startLoopbackServer((req, res: ServerResponse) => {
    const index = count++;
    stats.out++;
    stats.maxOut = Math.max(stats.maxOut, stats.out);
    let done = false;
    const finish = () => {
      if (done) return false;
      done = true;
      stats.out--;
      return true;
    };
    res.on('close', () => {
      if (!res.writableFinished && finish()) stats.aborted++;
    });
    const respond = () => {
      if (!finish()) return;
      const { status, body, headers } =
        index >= runaway
          ? { status: 599, body: { title: 'runaway' }, headers: {} }
          : answer(req, index);
      sendJson(res, status, body, headers);
    };
    if (hold(req)) held.push(respond);
    else respond();
  });
  return {
    server,
    stats,
    held: () => held.length,
    holdWhile(rule) {
      hold = rule;
    },
    release() {
      hold = () => false;
      for (const respond of held.splice(0)) respond();
    },
  };
}

/** Waits `n` turns of the event loop: time for any request the client would still send to arrive. */
export async function eventLoopTurns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Follows the timers created from now on: `alive()` counts those still pending that would keep the
 * process alive (unref'd ones, like undici's, do not). Timers that existed before are not counted,
 * so other activity in the process cannot blur the count. Call `restore()` when done.
 */
export function trackTimers(): { alive(): number; restore(): void } {
  const pending = new Set<NodeJS.Timeout>();
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const set = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    callback: (...args: unknown[]) => void,
    ms?: number,
    ...args: unknown[]
  ) => {
    const timer = realSet(() => {
      pending.delete(timer);
      callback(...args);
    }, ms);
    pending.add(timer);
    return timer;
  }) as typeof setTimeout);
  const clear = vi.spyOn(globalThis, 'clearTimeout').mockImplementation((timer) => {
    pending.delete(timer as NodeJS.Timeout);
    realClear(timer);
  });
  return {
    alive: () => [...pending].filter((timer) => timer.hasRef()).length,
    restore() {
      set.mockRestore();
      clear.mockRestore();
    },
  };
}

/**
 * Waits until `check` holds, looking again after short sleeps, and fails the test if it never
 * does. Unlike `vi.waitFor` it has no timer of its own pending while it looks, so it can run
 * under `trackTimers`.
 */
export async function eventually(check: () => boolean, tries = 500): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(check()).toBe(true);
}
