import type { RateLimit } from '../rate-limit/limiter.js';
import type { RetryOptions } from '../retry/options.js';
import type { Logger, ValidationMode } from './validation.js';

/** Options every vendor client accepts besides its credentials. */
export interface ClientOptions {
  /**
   * Base URL of the vendor API. Point it at a mock (`@botbridge/mock-server`) or a sandbox.
   * @default the vendor's production URL
   */
  baseUrl?: string;
  /**
   * The `fetch` implementation to use: a proxy-aware fetch, an instrumented one, or a test double.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Limit for one attempt, from sending the request to reading the last byte of the body. Retries
   * get a fresh limit each. A caller's AbortSignal still cancels at any time.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Retry policy for transient failures, or `false` to send each request once.
   * @default { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 30000, maxRetryAfterMs: 60000 }
   */
  retry?: RetryOptions | false;
  /**
   * Extra headers on every request (a `User-Agent`, a tracing header). Credentials set here are
   * overwritten by the client's own.
   * @default {}
   */
  headers?: Record<string, string>;
  /**
   * Stay under this request rate before the vendor has to refuse: requests beyond it wait (and a
   * caller's AbortSignal still cancels the wait). Retries count. `false` turns it off.
   * @default the vendor's documented limit (OpenCX: 100 requests per minute), or none
   */
  rateLimit?: RateLimit | false;
  /**
   * Check every response against the vendor spec's schema with validators compiled ahead of time
   * (no spec is parsed at run time): `'warn'` logs what breaks the spec, `'strict'` fails the call
   * with `VendorValidationError`.
   * @default 'off'
   */
  validateResponses?: ValidationMode;
  /**
   * Where warnings go (response validation in `'warn'` mode). Messages never carry credentials.
   * @default console
   */
  logger?: Logger;
}

/** Per-call options of the normalized methods. */
export interface CallOptions {
  /** Cancels the call, including pending retries and backoff waits. */
  signal?: AbortSignal;
  /** Extra headers for this call only (e.g. Prism's `Prefer: example=…` in tests). */
  headers?: Record<string, string>;
}
