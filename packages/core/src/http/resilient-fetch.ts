import type { VendorNetworkError } from '../errors/network-error.js';
import type { RateLimiter } from '../rate-limit/limiter.js';
import { computeBackoff } from '../retry/backoff.js';
import type { ResolvedRetryOptions, RetryEvent } from '../retry/options.js';
import { isIdempotent, isRetryableStatus } from '../retry/policy.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import { exchange } from './attempt.js';
import { BufferedResponse } from './buffered-response.js';
import { CallerRequest, PlainRequest } from './caller-request.js';
import type { OperationResolver } from './operations.js';
import { MAX_TIMER_MS, sleep } from './sleep.js';

// The redirect rules are part of what this module promises (see `createResilientFetch`).
export { MAX_REDIRECTS, redirectRefusal } from './redirects.js';

/** @internal */
export interface ResilientFetchConfig {
  vendor: string;
  /**
   * The caller's `fetch`, sent one `Request` per request, as `ClientOptions.fetch` promises.
   * Absent: the global `fetch`, looked up on every request (see `dispatch` in `attempt.ts`).
   */
  fetch?: typeof globalThis.fetch;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  resolveOperation: OperationResolver;
  /**
   * Shared by every request of the client; each request sent counts (retries and redirect hops
   * included), and one cancelled before it was sent does not. Absent when no limit applies.
   */
  limiter?: RateLimiter;
  /**
   * Recognises a transient failure reported inside a success response (a vendor envelope), so an
   * idempotent request is retried as for a 503.
   */
  retryableBody?: (status: number, body: unknown) => boolean;
  /**
   * Sets the vendor's credentials on a `PlainRequest` (a call no middleware sees), once per call,
   * before its first attempt. Any other request got them from the client's auth middleware.
   */
  authenticate?: (headers: Headers) => void | Promise<void>;
  /** Test seams: randomness for jitter and the clock for Retry-After dates. */
  random?: () => number;
  now?: () => number;
}

/**
 * Wraps `fetch` with what every vendor call needs: a per-request timeout composed with the
 * caller's AbortSignal, and retries of transient failures (429, 5xx, network errors, timeouts) with
 * capped full-jitter backoff that honours Retry-After. Only idempotent operations are retried.
 *
 * Each attempt reads the whole body before it counts as a success, so a connection that drops
 * mid-body is a retryable network failure rather than a parse error later on. Vendor responses are
 * JSON pages, so buffering one costs nothing the caller was not going to hold anyway. The body is
 * decoded and parsed once (`BufferedResponse`): the check for a transient failure inside a success
 * and openapi-fetch's `json()` share the one value.
 *
 * Redirects are followed here, not by `fetch` (which is always called with `redirect: 'manual'`),
 * so that the rules are ours on every runtime and every injected `fetch`:
 * - only within the origin the request was sent to: the credentials on a request (any vendor's
 *   header, Twin's tokens, a login body with a password) were configured for that origin alone.
 *   A redirect to another origin, or to a URL that is not http(s), is not followed: the 3xx
 *   response is returned as the outcome, and `createCall` raises `VendorHttpError` saying why;
 * - 307 and 308 send the same method and the same body bytes again; 303 (and 301/302 after a
 *   POST) continue as a GET without the body, as the fetch standard says;
 * - at most `MAX_REDIRECTS` hops per attempt; each hop is a request of its own, with its own
 *   timeout and its own place in the rate limit.
 *
 * Failed HTTP responses are returned, not thrown: the typed openapi-fetch client keeps its
 * `{ data, error, response }` contract, and normalized methods map them to errors in `unwrap`.
 * @internal
 */
export function createResilientFetch(config: ResilientFetchConfig) {
  const context: RetryContext = {
    config,
    // The longest server-asked wait the client will sit through: the caller's cap, and never more
    // than a timer can hold.
    maxRetryAfterMs: Math.min(config.retry.maxRetryAfterMs, MAX_TIMER_MS),
  };
  return async function resilientFetch(input: Request | PlainRequest): Promise<Response> {
    const operation = config.resolveOperation(input.method, input.url);
    const retryable = isIdempotent(input.method, operation.idempotent);
    const callerSignal = CallerRequest.cancelSignal(input);
    if (input instanceof PlainRequest) {
      // Awaited even when there is nothing to wait for, as the auth middleware's was: the request
      // goes out (and its timeout starts) after the code that made the call has run on, not
      // within the call.
      await config.authenticate?.(input.headers);
    }
    // Read the body once so that every attempt (and every 307/308 hop) can send it again.
    const body = input.body === null ? undefined : await input.arrayBuffer();
    // What an attempt reads of a `PlainRequest` (URL, method, headers, redirect mode) is what it
    // reads of a `Request`.
    const request = {
      input: input as Request,
      body,
      signal: callerSignal,
      operation: operation.operationId,
    };
    for (let attempt = 0; ; attempt++) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      const outcome = await exchange(config, request);
      const canRetry = retryable && attempt < config.retry.maxRetries;
      const plan = canRetry ? planRetry(context, outcome, attempt) : undefined;
      if (plan === undefined) {
        if (outcome instanceof Response) return outcome;
        throw outcome;
      }
      notify(context, request.operation, attempt, plan);
      await sleep(plan.delayMs, callerSignal);
    }
  };
}

/** What the retry decision needs: the client's configuration and its bound on server waits. */
interface RetryContext {
  config: ResilientFetchConfig;
  /** The longest Retry-After the client waits for, in milliseconds. */
  maxRetryAfterMs: number;
}

/** The wait before the next attempt, and what the retry event reports about it. */
type RetryPlan = Pick<RetryEvent, 'delayMs' | 'status' | 'fromRetryAfter' | 'reason'>;

/**
 * Whether an attempt that may be retried is retried, and after what wait; `undefined` when its
 * outcome is final (returned, or thrown for a network failure).
 */
function planRetry(
  context: RetryContext,
  outcome: BufferedResponse | VendorNetworkError,
  attempt: number,
): RetryPlan | undefined {
  if (outcome instanceof Response && outcome.ok) {
    const failure = transientInSuccess(context.config, outcome);
    if (!failure) return undefined;
    const delayMs = backoff(context, attempt);
    return { delayMs, status: outcome.status, fromRetryAfter: false, reason: failure };
  }
  if (outcome instanceof Response) return planStatusRetry(context, outcome, attempt);
  return {
    delayMs: backoff(context, attempt),
    status: 0,
    fromRetryAfter: false,
    reason: 'network',
  };
}

/** The retry of a failed HTTP response: only a retryable status, after Retry-After or backoff. */
function planStatusRetry(
  context: RetryContext,
  response: Response,
  attempt: number,
): RetryPlan | undefined {
  const { config, maxRetryAfterMs } = context;
  if (!isRetryableStatus(response.status, config.retry.statuses)) return undefined;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), config.now?.());
  // The server asked for a longer pause than the caller allows, or than a timer can wait:
  // give up now with the server's answer (mapped to VendorRateLimitError carrying the whole
  // wait) instead of hanging the job, or of retrying at once behind a clamped timer.
  if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) return undefined;
  // "Retry now" (0, or an HTTP-date already past, e.g. from a skewed clock) gets the usual
  // jittered backoff, so clients refused together do not return in the same instant.
  const serverWait = retryAfterMs !== undefined && retryAfterMs > 0 ? retryAfterMs : undefined;
  return {
    delayMs: serverWait ?? backoff(context, attempt),
    status: response.status,
    fromRetryAfter: serverWait !== undefined,
    reason: 'status',
  };
}

function backoff(context: RetryContext, attempt: number): number {
  const { config } = context;
  return computeBackoff(attempt, { ...config.retry, random: config.random });
}

function notify(context: RetryContext, operation: string, attempt: number, plan: RetryPlan) {
  const { vendor, retry } = context.config;
  retry.onRetry?.({
    vendor,
    operation,
    retry: attempt + 1,
    delayMs: plan.delayMs,
    status: plan.status,
    fromRetryAfter: plan.fromRetryAfter,
    reason: plan.reason,
  });
}

// Every vendor API answers JSON, so a success whose body does not parse (a gateway's HTML page
// served with 200, a body cut short) is a transient failure for a read, not data.
function transientInSuccess(
  config: ResilientFetchConfig,
  response: BufferedResponse,
): RetryEvent['reason'] | undefined {
  const { text, parsed } = BufferedResponse.readJson(response);
  if (parsed === null) return text.trim() === '' ? undefined : 'invalid-body';
  return config.retryableBody?.(response.status, parsed.value) ? 'vendor-envelope' : undefined;
}
