import { VendorNetworkError } from '../errors/network-error.js';
import { VendorTimeoutError } from '../errors/timeout-error.js';
import type { RateLimiter } from '../rate-limit/limiter.js';
import { computeBackoff } from '../retry/backoff.js';
import type { ResolvedRetryOptions, RetryEvent } from '../retry/options.js';
import { isIdempotent, isRetryableStatus } from '../retry/policy.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import type { OperationResolver } from './operations.js';
import { sleep } from './sleep.js';

/** @internal */
export interface ResilientFetchConfig {
  vendor: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  resolveOperation: OperationResolver;
  /** Shared by every request of the client (retries included); absent when no limit applies. */
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

/**
 * Wraps `fetch` with what every vendor call needs: a per-attempt timeout composed with the
 * caller's AbortSignal, and retries of transient failures (429, 5xx, network errors, timeouts) with
 * capped full-jitter backoff that honours Retry-After. Only idempotent operations are retried.
 *
 * Each attempt reads the whole body before it counts as a success, so a connection that drops
 * mid-body is a retryable network failure rather than a parse error later on. Vendor responses are
 * JSON pages, so buffering one costs nothing the caller was not going to hold anyway.
 *
 * Failed HTTP responses are returned, not thrown: the typed openapi-fetch client keeps its
 * `{ data, error, response }` contract, and normalized methods map them to errors in `unwrap`.
 * @internal
 */
export function createResilientFetch(config: ResilientFetchConfig) {
  const { vendor, retry, timeoutMs } = config;
  return async function resilientFetch(input: Request): Promise<Response> {
    const operation = config.resolveOperation(input.method, input.url);
    const retryable = isIdempotent(input.method, operation.idempotent);
    const callerSignal = input.signal;
    // Read the body once so that every attempt can send it again.
    const body = input.body === null ? undefined : await input.arrayBuffer();
    for (let attempt = 0; ; attempt++) {
      if (callerSignal.aborted) throw callerSignal.reason;
      await config.limiter?.acquire(callerSignal);
      const outcome = await attemptOnce(input, body, operation.operationId);
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
        // The server asked for a longer pause than the caller allows: give up now with the
        // server's answer (mapped to VendorRateLimitError) instead of hanging the job.
        if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs) return outcome;
        const delayMs = retryAfterMs ?? backoff(attempt);
        notify(
          operation.operationId,
          attempt,
          delayMs,
          outcome.status,
          retryAfterMs !== undefined,
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

  async function attemptOnce(
    input: Request,
    body: ArrayBuffer | undefined,
    operation: string,
  ): Promise<Response | VendorNetworkError> {
    const callerSignal = input.signal;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    const onCallerAbort = () => controller.abort(callerSignal.reason);
    callerSignal.addEventListener('abort', onCallerAbort, { once: true });
    try {
      const response = await config.fetch(
        new Request(input.url, {
          method: input.method,
          headers: input.headers,
          body,
          redirect: input.redirect,
          signal: controller.signal,
        }),
      );
      const buffered = await response.arrayBuffer();
      const copy = new Response(NULL_BODY_STATUSES.has(response.status) ? null : buffered, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      // A constructed Response has an empty url; keep the real one for error reports.
      Object.defineProperty(copy, 'url', { value: response.url || input.url });
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
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', onCallerAbort);
    }
  }
}
