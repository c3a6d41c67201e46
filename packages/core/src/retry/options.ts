import { VendorArgumentError } from '../errors/argument-error.js';
import { MAX_TIMER_MS } from '../http/sleep.js';

/** What happened before a retry, for logging and metrics. */
export interface RetryEvent {
  /** The vendor integration being retried (`'closebot'`, ...). */
  vendor: string;
  /** The operation being retried (its OpenAPI operationId). */
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
  /**
   * Whether the wait is the one the server's Retry-After header asked for. A Retry-After of zero
   * (`0`, or an HTTP-date already past) gets the usual jittered backoff instead, so clients that
   * were refused together do not all come back in the same millisecond: then this is `false`.
   */
  fromRetryAfter: boolean;
}

/** How a client retries transient failures (429, 5xx, network errors, timeouts). */
export interface RetryOptions {
  /**
   * Retries after the first attempt: an integer ≥ 0.
   * @default 3
   */
  maxRetries?: number;
  /**
   * Base of the exponential backoff, in ms from 0 to 2147483647; retry `n` waits a random time
   * below `min(maxDelayMs, baseDelayMs * 2^n)`.
   * @default 500
   */
  baseDelayMs?: number;
  /**
   * Cap on a single backoff wait, in ms from 0 to 2147483647 (2^31 − 1, about 24.8 days: the
   * longest timer Node.js runs; a longer one would fire after 1 ms).
   * @default 30000
   */
  maxDelayMs?: number;
  /**
   * Longest Retry-After the client honours, in ms ≥ 0 (`Infinity` for no cap of your own). When
   * the server asks for longer, the client stops at once and the call fails with
   * `VendorRateLimitError` (or the HTTP error of that status) carrying the full `retryAfterMs`,
   * instead of hanging a sync job. A wait beyond 2^31 − 1 ms is never honoured, whatever this says.
   * @default 60000
   */
  maxRetryAfterMs?: number;
  /**
   * HTTP statuses treated as transient: integers from 400 to 599.
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

const TIMER_RANGE = `a number of milliseconds from 0 to ${MAX_TIMER_MS}`;

// Each option's check and what the error says it expects. Delays are bounded by the timer limit
// here, once, so that no wait computed from them can exceed it later.
const CHECKS: { [K in keyof RetryOptions]-?: [(value: unknown) => boolean, string] } = {
  maxRetries: [(v) => Number.isSafeInteger(v) && (v as number) >= 0, 'an integer ≥ 0'],
  baseDelayMs: [(v) => isNumberIn(v, 0, MAX_TIMER_MS), TIMER_RANGE],
  maxDelayMs: [(v) => isNumberIn(v, 0, MAX_TIMER_MS), TIMER_RANGE],
  maxRetryAfterMs: [
    (v) => isNumberIn(v, 0, Number.POSITIVE_INFINITY),
    'a number of milliseconds ≥ 0 (Infinity for no cap)',
  ],
  statuses: [
    (v) =>
      Array.isArray(v) &&
      v.every((status) => Number.isInteger(status) && status >= 400 && status < 600),
    'an array of HTTP statuses from 400 to 599',
  ],
  onRetry: [(v) => typeof v === 'function', 'a function'],
};

/**
 * Fills in the defaults and checks every option, before anything is sent.
 * @throws VendorArgumentError naming the option (`retry.maxDelayMs`) when one is out of range.
 * @internal
 */
export function resolveRetryOptions(
  options: RetryOptions | false | undefined,
  where: { vendor: string; operation: string },
): ResolvedRetryOptions {
  const defaults = {
    maxRetries: 3,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 60_000,
    statuses: [408, 429, 500, 502, 503, 504],
  };
  if (options === false) return { ...defaults, maxRetries: 0 };
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new VendorArgumentError({
      ...where,
      parameter: 'retry',
      expected: 'an object of retry options, or false',
    });
  }
  const given = stripUndefined(options ?? {});
  for (const [name, [valid, expected]] of Object.entries(CHECKS)) {
    if (name in given && !valid((given as Record<string, unknown>)[name])) {
      throw new VendorArgumentError({ ...where, parameter: `retry.${name}`, expected });
    }
  }
  return { ...defaults, ...given };
}

function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
