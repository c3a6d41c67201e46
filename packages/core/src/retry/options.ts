/** What happened before a retry, for logging and metrics. */
export interface RetryEvent {
  vendor: string;
  operation: string;
  /** 1 for the first retry. */
  retry: number;
  /** How long the client waits before the retry. */
  delayMs: number;
  /** HTTP status of the failed attempt, or `0` for a network failure or timeout. */
  status: number;
  /**
   * Why the attempt failed: a transient HTTP status, a network failure or timeout, a success
   * status whose body was not JSON (an HTML error page, a truncated body), or a vendor envelope
   * reporting a transient failure inside a success (SmarterBot `Success: false`).
   */
  reason: 'status' | 'network' | 'invalid-body' | 'vendor-envelope';
  /** Whether the wait came from the server's Retry-After header. */
  fromRetryAfter: boolean;
}

/** How a client retries transient failures (429, 5xx, network errors, timeouts). */
export interface RetryOptions {
  /**
   * Retries after the first attempt.
   * @default 3
   */
  maxRetries?: number;
  /**
   * Base of the exponential backoff; retry `n` waits a random time below `baseDelayMs * 2^n`.
   * @default 500
   */
  baseDelayMs?: number;
  /**
   * Cap on a single backoff wait.
   * @default 30000
   */
  maxDelayMs?: number;
  /**
   * Longest Retry-After the client honours. When the server asks for longer, the client stops at
   * once and the call fails with `VendorRateLimitError` (carrying `retryAfterMs`) instead of
   * hanging a sync job.
   * @default 60000
   */
  maxRetryAfterMs?: number;
  /**
   * HTTP statuses treated as transient.
   * @default [408, 429, 500, 502, 503, 504]
   */
  statuses?: readonly number[];
  /**
   * Called before each retry.
   * @default undefined
   */
  onRetry?: (event: RetryEvent) => void;
}

/** @internal */
export type ResolvedRetryOptions = Required<Omit<RetryOptions, 'onRetry'>> &
  Pick<RetryOptions, 'onRetry'>;

/** @internal */
export function resolveRetryOptions(
  options: RetryOptions | false | undefined,
): ResolvedRetryOptions {
  const defaults = {
    maxRetries: 3,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 60_000,
    statuses: [408, 429, 500, 502, 503, 504],
  };
  if (options === false) return { ...defaults, maxRetries: 0 };
  return { ...defaults, ...stripUndefined(options ?? {}) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
