/** The inputs of `computeBackoff`; a client fills them from its `RetryOptions`. */
export interface BackoffOptions {
  /** Ceiling of the first retry's wait, in ms; it doubles with each retry. */
  baseDelayMs: number;
  /** Cap on any wait, in ms, however many retries came before. */
  maxDelayMs: number;
  /** Source of randomness in [0, 1); tests pin it. */
  random?: () => number;
}

/**
 * Capped exponential backoff with full jitter: a uniformly random delay in
 * `[0, min(maxDelayMs, baseDelayMs * 2^attempt))`. Full jitter spreads retries of many clients
 * that failed together, which is what keeps a recovering vendor from being hit in waves.
 * `attempt` counts retries from 0.
 */
export function computeBackoff(attempt: number, options: BackoffOptions): number {
  const random = options.random ?? Math.random;
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}
