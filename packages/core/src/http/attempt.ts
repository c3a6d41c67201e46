import { VendorNetworkError } from '../errors/network-error.js';
import { VendorTimeoutError } from '../errors/timeout-error.js';
import { followRedirect, type Hop } from './redirects.js';
import type { ResilientFetchConfig } from './resilient-fetch.js';

/** What sending a request needs from the client's configuration. @internal */
export type AttemptContext = Pick<
  ResilientFetchConfig,
  'vendor' | 'fetch' | 'timeoutMs' | 'limiter'
>;

/**
 * The caller's request, with its body read once so that every attempt (and every 307/308 hop) can
 * send it again, and the operation it is reported as.
 * @internal
 */
export interface AttemptRequest {
  input: Request;
  body: ArrayBuffer | undefined;
  operation: string;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * One attempt: the request and the same-origin redirects it follows.
 * @internal
 */
export async function exchange(
  context: AttemptContext,
  request: AttemptRequest,
): Promise<Response | VendorNetworkError> {
  const { input } = request;
  const origin = new URL(input.url).origin;
  const hop: Hop = {
    url: input.url,
    method: input.method,
    headers: new Headers(input.headers),
    body: request.body,
  };
  for (let hops = 0; ; hops++) {
    const outcome = await sendOnce(context, request, hop);
    if (hops > 0 && outcome instanceof Response) {
      Object.defineProperty(outcome, 'redirected', { value: true });
    }
    if (!(outcome instanceof Response)) return outcome;
    if (!followRedirect(outcome, hop, { origin, hops, mode: input.redirect })) return outcome;
  }
}

/** One HTTP request: waits for the rate limit, then sends with its own timeout. */
async function sendOnce(
  context: AttemptContext,
  request: AttemptRequest,
  hop: Hop,
): Promise<Response | VendorNetworkError> {
  const callerSignal = request.input.signal;
  const permit = await context.limiter?.acquire(callerSignal);
  // Admitted, but cancelled before anything left: the slot goes back to the window.
  if (callerSignal.aborted) {
    permit?.release();
    throw callerSignal.reason;
  }
  const deadline = startDeadline(context.timeoutMs, callerSignal);
  try {
    const outgoing = new Request(hop.url, {
      method: hop.method,
      headers: hop.headers,
      // A fresh copy per send: a runtime may take over (detach) the buffer it is given, and the
      // same bytes must go out again on a retry or a 307/308.
      body: hop.body?.slice(0),
      redirect: 'manual',
      signal: deadline.signal,
    });
    permit?.send();
    const response = await context.fetch(outgoing);
    return await bufferResponse(response, hop.url);
  } catch (error) {
    if (callerSignal.aborted) throw callerSignal.reason;
    return sendFailure(context, request.operation, error, deadline.timedOut);
  } finally {
    // Sent or not, the permit is settled: `release` after `send` does nothing.
    permit?.release();
    deadline.clear();
  }
}

/** The abort signal of one send: fires on its own timeout or when the caller cancels. */
interface Deadline {
  signal: AbortSignal;
  /** Whether the timeout, not the caller, aborted the send. */
  timedOut: boolean;
  /** Stops the timer and the caller's abort listener once the send is settled. */
  clear(): void;
}

function startDeadline(timeoutMs: number, callerSignal: AbortSignal): Deadline {
  const controller = new AbortController();
  const deadline: Deadline = {
    signal: controller.signal,
    timedOut: false,
    clear() {
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', onCallerAbort);
    },
  };
  const timer = setTimeout(() => {
    deadline.timedOut = true;
    controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal.reason);
  callerSignal.addEventListener('abort', onCallerAbort, { once: true });
  return deadline;
}

/**
 * The response with its whole body read, so that a connection dropping mid-body fails the send
 * (a retryable network error) instead of a parse later on.
 */
async function bufferResponse(response: Response, url: string): Promise<Response> {
  const buffered = await response.arrayBuffer();
  const copy = new Response(NULL_BODY_STATUSES.has(response.status) ? null : buffered, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has an empty url; keep the real one for error reports.
  Object.defineProperty(copy, 'url', { value: response.url || url });
  return copy;
}

/** The error a send that threw (and was not cancelled by the caller) is reported as. */
function sendFailure(
  context: AttemptContext,
  operation: string,
  error: unknown,
  timedOut: boolean,
): VendorNetworkError {
  const { vendor, timeoutMs } = context;
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
}
