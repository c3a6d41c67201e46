import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../src/index.js';

// Proven with fake timers: no test waits a real minute.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-21T10:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

/** Starts `count` acquisitions and records the fake-clock time each one is admitted at. */
function admitAll(limiter: RateLimiter, count: number, signal?: AbortSignal) {
  const admittedAt: number[] = [];
  const done = Promise.allSettled(
    Array.from({ length: count }, () =>
      limiter.acquire(signal).then(() => admittedAt.push(Date.now())),
    ),
  );
  return { admittedAt, done };
}

describe('RateLimiter (OpenCX: 100 requests per minute)', () => {
  const t0 = Date.parse('2026-11-21T10:00:00.000Z');

  it('admits 100 at once, then waits for the window to slide, before the server has to refuse', async () => {
    const limiter = new RateLimiter({ requests: 100, perMs: 60_000 });
    const { admittedAt, done } = admitAll(limiter, 250);
    await vi.advanceTimersByTimeAsync(0);
    expect(admittedAt).toHaveLength(100);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(admittedAt).toHaveLength(100);
    await vi.advanceTimersByTimeAsync(1);
    expect(admittedAt).toHaveLength(200);
    await vi.advanceTimersByTimeAsync(60_000);
    await done;
    expect(admittedAt).toHaveLength(250);
    // In any 60 s window no more than 100 were admitted.
    for (const at of admittedAt) {
      expect(admittedAt.filter((t) => t >= at && t < at + 60_000).length).toBeLessThanOrEqual(100);
    }
    expect(admittedAt.at(-1)).toBe(t0 + 120_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is shared: parallel callers of one limiter queue in order and never exceed the rate together', async () => {
    const limiter = new RateLimiter({ requests: 3, perMs: 1_000 });
    const order: string[] = [];
    const run = (name: string, n: number) =>
      (async () => {
        for (let i = 0; i < n; i++) {
          await limiter.acquire();
          order.push(`${name}${i}@${Date.now() - t0}`);
        }
      })();
    const all = Promise.all([run('a', 4), run('b', 4)]);
    await vi.advanceTimersByTimeAsync(3_000);
    await all;
    const times = order.map((o) => Number(o.split('@')[1]));
    expect(times.filter((t) => t < 1_000)).toHaveLength(3);
    expect(times.filter((t) => t >= 1_000 && t < 2_000)).toHaveLength(3);
    expect(times.filter((t) => t >= 2_000)).toHaveLength(2);
  });

  it('an abort leaves the queue at once with the signal reason and leaves no timer behind', async () => {
    const limiter = new RateLimiter({ requests: 1, perMs: 60_000 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    expect(limiter.waiting).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(limiter.waiting).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const limiter = new RateLimiter({ requests: 1, perMs: 1_000 });
    await expect(limiter.acquire(AbortSignal.abort())).rejects.toBeDefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('RateLimiter permits: a request counts when it is sent', () => {
  const t0 = Date.parse('2026-11-21T10:00:00.000Z');

  it('a released permit (the request was never sent) admits the next waiter at once', async () => {
    const limiter = new RateLimiter({ requests: 1, perMs: 60_000 });
    const first = await limiter.acquire();
    const { admittedAt } = admitAll(limiter, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(admittedAt).toEqual([]);
    first.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(admittedAt).toEqual([t0]);
  });

  it('the window runs from the send, not from the admission', async () => {
    const limiter = new RateLimiter({ requests: 1, perMs: 1_000 });
    const permit = await limiter.acquire();
    await vi.advanceTimersByTimeAsync(400);
    permit.send();
    const { admittedAt, done } = admitAll(limiter, 1);
    await vi.advanceTimersByTimeAsync(999);
    expect(admittedAt).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(admittedAt).toEqual([t0 + 1_400]);
  });

  it('release after send changes nothing: a sent request stays counted', async () => {
    const limiter = new RateLimiter({ requests: 1, perMs: 1_000 });
    const permit = await limiter.acquire();
    permit.send();
    permit.release();
    const { admittedAt, done } = admitAll(limiter, 1);
    await vi.advanceTimersByTimeAsync(999);
    expect(admittedAt).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(admittedAt).toEqual([t0 + 1_000]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a window longer than a timer can hold is waited out in steps, never cut to 1 ms', async () => {
    const limiter = new RateLimiter({ requests: 1, perMs: 2 ** 32 });
    await limiter.acquire();
    const { admittedAt, done } = admitAll(limiter, 1);
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(admittedAt).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 ** 31);
    await done;
    expect(admittedAt).toEqual([t0 + 2 ** 32]);
  });
});
