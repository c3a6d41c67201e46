import type { RateLimit } from '../rate-limit/limiter.js';
import type { RetryOptions } from '../retry/options.js';
import type { Logger, ResponseValidators, ValidationMode } from './validation.js';

/** Options every vendor client accepts besides its credentials. */
export interface ClientOptions {
  /**
   * Base URL of the vendor API: an absolute http(s) URL without a user name or password (the
   * factory throws `VendorArgumentError` naming `baseUrl` otherwise, without repeating the value).
   * Point it at a mock (`@botbridge/mock-server`) or a sandbox. Credentials are sent to this origin
   * only: a redirect is followed within it (307/308 re-send the same body; 303, and 301/302 after a
   * POST, continue as a GET), up to 5 hops, and a redirect to another origin fails the call with
   * `VendorHttpError` of the redirect's status instead of being followed.
   * @default the vendor's production URL
   */
  baseUrl?: string;
  /**
   * The `fetch` implementation to use: a proxy-aware fetch, an instrumented one, or a test double.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Limit for one request, in ms (above 0, up to 2147483647), from sending it to reading the last
   * byte of its body. Retries and redirect hops get a fresh limit each. A caller's AbortSignal
   * still cancels at any time.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Retry policy for transient failures, or `false` to send each request once. Every option is
   * checked when the client is created (`VendorArgumentError` naming it, e.g. `retry.maxDelayMs`).
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
   * caller's AbortSignal still cancels the wait). Every request sent counts, retries and redirect
   * hops included; one cancelled before it was sent does not. `false` turns it off.
   * @default the vendor's documented limit (OpenCX: 100 requests per minute), or none
   */
  rateLimit?: RateLimit | false;
  /**
   * Check every response against the vendor spec's schema with validators compiled ahead of time
   * (no spec is parsed at run time): `'warn'` logs what breaks the spec, `'strict'` fails the call
   * with `VendorValidationError`. Both need `validators`.
   * @default 'off'
   */
  validateResponses?: ValidationMode;
  /**
   * The response validators that `validateResponses` checks with, generated from the vendor spec:
   * operationId → response status (`'200'`, `'default'`) → a function returning the issues found.
   * They are a separate import, so that an application that does not validate does not ship them:
   * `import { responseValidators } from '@botbridge/opencx/validators'` (each vendor package has
   * its own `/validators`), then pass `{ validators: responseValidators }`. Needed when
   * `validateResponses` is `'warn'` or `'strict'` (the factory throws `VendorArgumentError` naming
   * `validators` otherwise, before anything is sent); unused when it is `'off'`.
   * @default none
   */
  validators?: ResponseValidators;
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
