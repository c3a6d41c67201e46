import { VendorNetworkError } from '../errors/network-error.js';
import { VendorTimeoutError } from '../errors/timeout-error.js';
import type { RateLimiter } from '../rate-limit/limiter.js';
import { computeBackoff } from '../retry/backoff.js';
import type { ResolvedRetryOptions, RetryEvent } from '../retry/options.js';
import { isIdempotent, isRetryableStatus } from '../retry/policy.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import type { OperationResolver } from './operations.js';
import { MAX_TIMER_MS, sleep } from './sleep.js';

/** @internal */
export interface ResilientFetchConfig {
  vendor: string;
  fetch: typeof globalThis.fetch;
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
  /** Test seams: randomness for jitter and the clock for Retry-After dates. */
  random?: () => number;
  now?: () => number;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Redirects one attempt follows before it gives up (the fetch standard allows 20). */
export const MAX_REDIRECTS = 5;
// Headers that describe a request body, dropped with the body when a redirect turns the request
// into a GET (the fetch standard's "request-body-header names").
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];

// Why a redirect response was not followed, for the error `createCall` raises from it.
const refusedRedirects = new WeakMap<Response, string>();

/**
 * Why the client did not follow this redirect response, or `undefined` when it is not one it
 * refused.
 * @internal
 */
export function redirectRefusal(response: Response): string | undefined {
  return refusedRedirects.get(response);
}

/**
 * Wraps `fetch` with what every vendor call needs: a per-request timeout composed with the
 * caller's AbortSignal, and retries of transient failures (429, 5xx, network errors, timeouts) with
 * capped full-jitter backoff that honours Retry-After. Only idempotent operations are retried.
 *
 * Each attempt reads the whole body before it counts as a success, so a connection that drops
 * mid-body is a retryable network failure rather than a parse error later on. Vendor responses are
 * JSON pages, so buffering one costs nothing the caller was not going to hold anyway.
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
  const { vendor, retry, timeoutMs } = config;
  // The longest server-asked wait the client will sit through: the caller's cap, and never more
  // than a timer can hold.
  const maxRetryAfterMs = Math.min(retry.maxRetryAfterMs, MAX_TIMER_MS);
  return async function resilientFetch(input: Request): Promise<Response> {
    const operation = config.resolveOperation(input.method, input.url);
    const retryable = isIdempotent(input.method, operation.idempotent);
    const callerSignal = input.signal;
    // Read the body once so that every attempt (and every 307/308 hop) can send it again.
    const body = input.body === null ? undefined : await input.arrayBuffer();
    for (let attempt = 0; ; attempt++) {
      if (callerSignal.aborted) throw callerSignal.reason;
      const outcome = await exchange(input, body, operation.operationId);
      const canRetry = retryable && attempt < retry.maxRetries;
      if (outcome instanceof Response && outcome.ok) {
        const failure = canRetry ? await transientInSuccess(outcome) : undefined;
        if (!failure) return outcome;
        const delayMs = backoff(attempt);
        notify(operation.operationId, attempt, delayMs, outcome.status, false, failure);
        await sleep(delayMs, callerSignal);
        continue;
      }
      if (outcome instanceof Response) {
        if (!canRetry || !isRetryableStatus(outcome.status, retry.statuses)) return outcome;
        const retryAfterMs = parseRetryAfter(outcome.headers.get('retry-after'), config.now?.());
        // The server asked for a longer pause than the caller allows, or than a timer can wait:
        // give up now with the server's answer (mapped to VendorRateLimitError carrying the whole
        // wait) instead of hanging the job, or of retrying at once behind a clamped timer.
        if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) return outcome;
        // "Retry now" (0, or an HTTP-date already past, e.g. from a skewed clock) gets the usual
        // jittered backoff, so clients refused together do not return in the same instant.
        const serverWait =
          retryAfterMs !== undefined && retryAfterMs > 0 ? retryAfterMs : undefined;
        const delayMs = serverWait ?? backoff(attempt);
        notify(
          operation.operationId,
          attempt,
          delayMs,
          outcome.status,
          serverWait !== undefined,
          'status',
        );
        await sleep(delayMs, callerSignal);
        continue;
      }
      if (!canRetry) throw outcome;
      const delayMs = backoff(attempt);
      notify(operation.operationId, attempt, delayMs, 0, false, 'network');
      await sleep(delayMs, callerSignal);
    }
  };

  function backoff(attempt: number): number {
    return computeBackoff(attempt, { ...retry, random: config.random });
  }

  function notify(
    operation: string,
    attempt: number,
    delayMs: number,
    status: number,
    fromRetryAfter: boolean,
    reason: RetryEvent['reason'],
  ) {
    retry.onRetry?.({
      vendor,
      operation,
      retry: attempt + 1,
      delayMs,
      status,
      fromRetryAfter,
      reason,
    });
  }

  // Every vendor API answers JSON, so a success whose body does not parse (a gateway's HTML page
  // served with 200, a body cut short) is a transient failure for a read, not data.
  async function transientInSuccess(response: Response): Promise<RetryEvent['reason'] | undefined> {
    const text = await response.clone().text();
    if (text.trim() === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return 'invalid-body';
    }
    return config.retryableBody?.(response.status, parsed) ? 'vendor-envelope' : undefined;
  }

  /** One attempt: the request and the same-origin redirects it follows. */
  async function exchange(
    input: Request,
    body: ArrayBuffer | undefined,
    operation: string,
  ): Promise<Response | VendorNetworkError> {
    const origin = new URL(input.url).origin;
    const hop = { url: input.url, method: input.method, headers: new Headers(input.headers), body };
    for (let hops = 0; ; hops++) {
      const outcome = await sendOnce(input.signal, hop, operation);
      if (hops > 0 && outcome instanceof Response) {
        Object.defineProperty(outcome, 'redirected', { value: true });
      }
      if (!(outcome instanceof Response) || !REDIRECT_STATUSES.has(outcome.status)) return outcome;
      // A caller who asked for the redirect itself (openapi-fetch `redirect: 'manual'`) gets it.
      if (input.redirect === 'manual') return outcome;
      const location = outcome.headers.get('location');
      if (location === null) return outcome;
      const next = nextHop(location, hop.url, origin, hops, input.redirect);
      if (typeof next === 'string') {
        refusedRedirects.set(outcome, next);
        return outcome;
      }
      const status = outcome.status;
      if (
        (status === 303 && hop.method !== 'GET' && hop.method !== 'HEAD') ||
        ((status === 301 || status === 302) && hop.method === 'POST')
      ) {
        hop.method = 'GET';
        hop.body = undefined;
        for (const name of BODY_HEADERS) hop.headers.delete(name);
      }
      hop.url = next.toString();
    }
  }

  /** The URL a redirect leads to, or why the client does not follow it. */
  function nextHop(
    location: string,
    from: string,
    origin: string,
    hops: number,
    mode: RequestRedirect,
  ): URL | string {
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      return 'redirected to a location that is not a URL, which the client does not follow.';
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return 'redirected to a location that is not an http(s) URL, which the client does not follow.';
    }
    if (next.origin !== origin) {
      return `redirected to another origin (${next.origin}), which the client does not follow: credentials go only to the origin they were configured for (${origin}). If the API has moved there, point the client's base URL at it.`;
    }
    if (mode === 'error') return 'redirected, and the request asked not to follow redirects.';
    if (hops >= MAX_REDIRECTS) {
      return `redirected more than ${MAX_REDIRECTS} times, which the client does not follow further.`;
    }
    return next;
  }

  /** One HTTP request: waits for the rate limit, then sends with its own timeout. */
  async function sendOnce(
    callerSignal: AbortSignal,
    hop: { url: string; method: string; headers: Headers; body: ArrayBuffer | undefined },
    operation: string,
  ): Promise<Response | VendorNetworkError> {
    const permit = await config.limiter?.acquire(callerSignal);
    // Admitted, but cancelled before anything left: the slot goes back to the window.
    if (callerSignal.aborted) {
      permit?.release();
      throw callerSignal.reason;
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    const onCallerAbort = () => controller.abort(callerSignal.reason);
    callerSignal.addEventListener('abort', onCallerAbort, { once: true });
    try {
      const request = new Request(hop.url, {
        method: hop.method,
        headers: hop.headers,
        // A fresh copy per send: a runtime may take over (detach) the buffer it is given, and the
        // same bytes must go out again on a retry or a 307/308.
        body: hop.body?.slice(0),
        redirect: 'manual',
        signal: controller.signal,
      });
      permit?.send();
      const response = await config.fetch(request);
      const buffered = await response.arrayBuffer();
      const copy = new Response(NULL_BODY_STATUSES.has(response.status) ? null : buffered, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      // A constructed Response has an empty url; keep the real one for error reports.
      Object.defineProperty(copy, 'url', { value: response.url || hop.url });
      return copy;
    } catch (error) {
      if (callerSignal.aborted) throw callerSignal.reason;
      if (timedOut) {
        return new VendorTimeoutError(`${vendor} ${operation} timed out after ${timeoutMs} ms`, {
          vendor,
          operation,
          timeoutMs,
          cause: error,
        });
      }
      const reason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      return new VendorNetworkError(`${vendor} ${operation} failed: network error (${reason})`, {
        vendor,
        operation,
        cause: error,
      });
    } finally {
      // Sent or not, the permit is settled: `release` after `send` does nothing.
      permit?.release();
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', onCallerAbort);
    }
  }
}
