import { VendorArgumentError } from '../errors/argument-error.js';
import { MAX_TIMER_MS } from '../http/sleep.js';

/**
 * A documented request rate: at most `requests` (an integer ≥ 1) per `perMs` milliseconds (from
 * 1 to 2147483647, the longest timer Node.js runs).
 */
export interface RateLimit {
  /** Requests allowed in any window of `perMs`: an integer ≥ 1. */
  requests: number;
  /** Length of the sliding window, in milliseconds, from 1 to 2147483647. */
  perMs: number;
}

/**
 * A slot the limiter admitted a request to. It counts from admission, so parallel callers can never
 * be admitted past the rate together; `send()` moves it to the moment the request leaves, and
 * `release()` gives it back when the request was never sent (cancelled after admission).
 */
export interface RatePermit {
  /** The request is being sent now: it counts in the window from this moment. */
  send(): void;
  /** The request will not be sent: the slot goes to the next waiter. No-op after `send()`. */
  release(): void;
}

interface Waiter {
  resolve: (permit: RatePermit) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

interface Slot {
  at: number;
}

/**
 * Keeps a client under a vendor's documented rate before the vendor has to refuse (429): a sliding
 * window over the last `perMs` milliseconds admits at most `requests` sends, and callers beyond
 * that wait their turn in order. One limiter serves every request of a client, so parallel
 * iterators share it.
 *
 * A waiting caller whose signal aborts leaves at once with the signal's reason. When nobody waits,
 * no timer is pending, so the limiter never keeps a process alive.
 */
export class RateLimiter {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly limit: RateLimit) {}

  /**
   * Resolves when a request may be sent now, with the permit that counts it. A caller that does
   * not use the permit has its request counted from admission, as if sent then.
   */
  acquire(signal?: AbortSignal): Promise<RatePermit> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<RatePermit>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(signal?.reason);
          this.schedule();
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.schedule();
    });
  }

  /** Requests waiting for a slot (for tests and metrics). */
  get waiting(): number {
    return this.queue.length;
  }

  private permit(slot: Slot): RatePermit {
    let settled = false;
    return {
      send: () => {
        if (settled) return;
        settled = true;
        // Re-stamp at the send time; `Date.now()` is at or after every stamp, so the slots stay
        // in time order with this one moved to the end.
        this.remove(slot);
        slot.at = Date.now();
        this.slots.push(slot);
      },
      release: () => {
        if (settled) return;
        settled = true;
        this.remove(slot);
        this.schedule();
      },
    };
  }

  private remove(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
  }

  private schedule(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const now = Date.now();
    while (this.slots.length > 0 && (this.slots[0]?.at ?? 0) <= now - this.limit.perMs) {
      this.slots.shift();
    }
    while (this.queue.length > 0 && this.slots.length < this.limit.requests) {
      const waiter = this.queue.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      const slot = { at: now };
      this.slots.push(slot);
      waiter.resolve(this.permit(slot));
    }
    if (this.queue.length > 0) {
      const wait = (this.slots[0]?.at ?? now) + this.limit.perMs - now;
      // Clients keep `perMs` within the timer limit; a limiter built directly with a longer window
      // still never hands Node.js a delay it would cut to 1 ms, and simply looks again later.
      this.timer = setTimeout(() => this.schedule(), Math.min(MAX_TIMER_MS, Math.max(0, wait)));
    }
  }
}

/**
 * Checks a client's `rateLimit` option before anything is sent.
 * @throws VendorArgumentError naming `rateLimit`, `rateLimit.requests` or `rateLimit.perMs`.
 * @internal
 */
export function checkRateLimit(
  value: unknown,
  where: { vendor: string; operation: string },
): RateLimit {
  const fail = (parameter: string, expected: string): never => {
    throw new VendorArgumentError({ ...where, parameter, expected });
  };
  if (typeof value !== 'object' || value === null) {
    fail('rateLimit', '{ requests: a positive integer, perMs: a positive number } or false');
  }
  const { requests, perMs } = value as Partial<RateLimit>;
  if (!(Number.isSafeInteger(requests) && (requests as number) > 0)) {
    fail('rateLimit.requests', 'a positive integer');
  }
  if (!(typeof perMs === 'number' && perMs > 0 && perMs <= MAX_TIMER_MS)) {
    fail('rateLimit.perMs', `a number of milliseconds above 0, up to ${MAX_TIMER_MS}`);
  }
  return { requests: requests as number, perMs: perMs as number };
}
