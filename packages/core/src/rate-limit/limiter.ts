/** A documented request rate: at most `requests` per `perMs` milliseconds. */
export interface RateLimit {
  requests: number;
  perMs: number;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
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
  private readonly sent: number[] = [];
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly limit: RateLimit) {}

  /** Resolves when a request may be sent now, and counts it. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
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

  private schedule(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const now = Date.now();
    while (this.sent.length > 0 && (this.sent[0] ?? 0) <= now - this.limit.perMs) this.sent.shift();
    while (this.queue.length > 0 && this.sent.length < this.limit.requests) {
      const waiter = this.queue.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      this.sent.push(now);
      waiter.resolve();
    }
    if (this.queue.length > 0) {
      const wait = (this.sent[0] ?? now) + this.limit.perMs - now;
      this.timer = setTimeout(() => this.schedule(), Math.max(0, wait));
    }
  }
}
