import { VendorNetworkError } from '../errors/network-error.js';
import { VendorTimeoutError } from '../errors/timeout-error.js';
import { BufferedResponse } from './buffered-response.js';
import { jsonReaderOf } from './json-reader.js';
import { followRedirect, type Hop } from './redirects.js';
import type { ResilientFetchConfig } from './resilient-fetch.js';

/** What sending a request needs from the client's configuration. @internal */
export type AttemptContext = Pick<
  ResilientFetchConfig,
  'vendor' | 'fetch' | 'timeoutMs' | 'limiter'
>;

/**
 * The caller's request, with its body read once so that every attempt (and every 307/308 hop) can
 * send it again, the signal that cancels it (`undefined`: nothing can), and the operation it is
 * reported as.
 * @internal
 */
export interface AttemptRequest {
  input: Request;
  body: ArrayBuffer | undefined;
  signal: AbortSignal | undefined;
  operation: string;
}

/**
 * One attempt: the request and the same-origin redirects it follows.
 * @internal
 */
export async function exchange(
  context: AttemptContext,
  request: AttemptRequest,
): Promise<BufferedResponse | VendorNetworkError> {
  const { input } = request;
  // The caller's headers as they are: a redirect that has to change them copies them first.
  const hop: Hop = {
    url: input.url,
    method: input.method,
    headers: input.headers,
    body: request.body,
  };
  for (let hops = 0; ; hops++) {
    const outcome = await sendOnce(context, request, hop, hops > 0);
    if (!(outcome instanceof BufferedResponse)) return outcome;
    if (!followRedirect(outcome, hop, { from: input.url, hops, mode: input.redirect })) {
      return outcome;
    }
  }
}

/** One HTTP request: waits for the rate limit, then sends with its own timeout. */
async function sendOnce(
  context: AttemptContext,
  request: AttemptRequest,
  hop: Hop,
  redirected: boolean,
): Promise<BufferedResponse | VendorNetworkError> {
  const callerSignal = request.signal;
  const permit = context.limiter ? await context.limiter.acquire(callerSignal) : undefined;
  // Admitted, but cancelled before anything left: the slot goes back to the window.
  if (callerSignal?.aborted) {
    permit?.release();
    throw callerSignal.reason;
  }
  const deadline = startDeadline(context.timeoutMs, callerSignal);
  try {
    const init: RequestInit = {
      method: hop.method,
      headers: hop.headers,
      // The same buffer for every send: a Request copies the bytes it is given (the fetch
      // standard's "extract a body"), so they are intact for a retry or a 307/308.
      body: hop.body,
      redirect: 'manual',
      signal: deadline.signal,
    };
    permit?.send();
    const response = await dispatch(context, deadline, hop.url, init);
    // The whole body, within the timeout: a connection dropping mid-body fails the send (a
    // retryable network error) instead of a parse later on.
    const bytes = await readBody(response);
    // A constructed Response has an empty url; keep the real one for error reports.
    return BufferedResponse.read(
      response,
      bytes,
      { url: response.url || hop.url, redirected },
      jsonReaderOf(request.input),
    );
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    return sendFailure(context, request.operation, error, deadline.timedOut);
  } finally {
    // Sent or not, the permit is settled: `release` after `send` does nothing.
    permit?.release();
    deadline.clear();
  }
}

// The runtime's own fetch, as this module found it.
const runtimeFetch = globalThis.fetch;

/**
 * Hands one request to `fetch`. The runtime's own fetch gets the URL and init and builds the one
 * Request itself; any other (passed as the `fetch` option, or put in the global's place, e.g. by
 * a test) gets a Request, as `ClientOptions.fetch` says, built here and held by the deadline.
 */
function dispatch(
  context: AttemptContext,
  deadline: Deadline,
  url: string,
  init: RequestInit,
): Promise<Response> {
  const fetch = context.fetch ?? globalThis.fetch;
  if (fetch === runtimeFetch) return runtimeFetch.call(globalThis, url, init);
  deadline.request = new Request(url, init);
  return fetch(deadline.request);
}

/**
 * Every byte of `response`'s body, as received. Read from the stream rather than with
 * `arrayBuffer()`, which copies the bytes once more into a buffer of its own. A large body whose
 * length the server announced is read straight into one buffer of that length (`readInto`), so it
 * is held once while it arrives, not as its chunks and then a concatenated copy as well (SmarterBot
 * sends a whole LeadList, tens of megabytes, in one answer); any other body is gathered chunk by
 * chunk, and one that arrives in one chunk (most pages) is kept as that chunk, with no copy at all.
 */
async function readBody(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  // As `arrayBuffer()` would: a body already read by someone else is not an empty one.
  if (response.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  const length = announcedLength(response.headers);
  const large = length !== undefined && length > LARGE_BODY_BYTES && length <= MAX_AHEAD_BYTES;
  const intoBuffer = large ? byobReader(body) : undefined;
  if (intoBuffer !== undefined) return readInto(intoBuffer, length as number);
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array<ArrayBuffer>;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

// Above this size a body is read into one buffer of its announced length. A page (CloseBot's 100
// leads are about 93 KB) is cheaper to gather chunk by chunk, whose copy is short-lived; a body of
// megabytes held twice while it arrives is what raises a process's peak memory.
const LARGE_BODY_BYTES = 512 * 1024;
// A buffer allocated ahead on the server's word alone is capped: a Content-Length is only a
// promise. A longer body is gathered chunk by chunk instead.
const MAX_AHEAD_BYTES = 256 * 2 ** 20;

/**
 * The length of the body as it will arrive, when the headers say it: Content-Length, unless a
 * Content-Encoding makes it the length of the compressed bytes (the runtime's fetch hands out the
 * decompressed ones). `undefined` when unknown.
 */
function announcedLength(headers: Headers): number | undefined {
  const encoding = headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return undefined;
  const length = headers.get('content-length');
  if (length === null || !/^\s*\d{1,15}\s*$/.test(length)) return undefined;
  return Number(length);
}

/** A reader that fills the caller's buffer, when the stream is a byte stream (a fetch body is). */
function byobReader(body: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | undefined {
  try {
    return body.getReader({ mode: 'byob' });
  } catch {
    // Not a byte stream (one an injected fetch built): read chunk by chunk. Nothing was locked.
    return undefined;
  }
}

/**
 * Reads the body into one buffer, sized one byte past `length` so that a body longer than
 * announced shows at once (the buffer then doubles as it fills). Each read hands the buffer to the
 * stream and gets it back, filled further.
 */
async function readInto(
  reader: ReadableStreamBYOBReader,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  let buffer = new ArrayBuffer(length + 1);
  let filled = 0;
  for (;;) {
    if (filled === buffer.byteLength) buffer = grown(buffer, filled);
    const { done, value } = await reader.read(new Uint8Array(buffer, filled));
    // The stream took the buffer and returns it in `value`; it is absent only when cancelled.
    if (value === undefined) throw new TypeError('Body is unusable: the read was cancelled');
    buffer = value.buffer as ArrayBuffer;
    filled += value.byteLength;
    if (done) return new Uint8Array(buffer, 0, filled);
  }
}

/** A copy of `buffer`, whose `used` bytes are all filled, in a buffer twice its length. */
function grown(buffer: ArrayBuffer, used: number): ArrayBuffer {
  const next = new Uint8Array(used * 2);
  next.set(new Uint8Array(buffer, 0, used));
  return next.buffer;
}

/** The abort signal of one send: fires on its own timeout or when the caller cancels. */
interface Deadline {
  signal: AbortSignal;
  /**
   * The Request sent under this deadline, held until the send settles. A Request follows the
   * deadline's signal only through a weak reference (undici), so one that nothing else holds (an
   * injected fetch need not) could be collected mid-flight, and then neither the timeout nor a
   * cancel would reach it.
   */
  request?: Request;
  /** Whether the timeout, not the caller, aborted the send. */
  timedOut: boolean;
  /** Stops the timer and the caller's abort listener once the send is settled. */
  clear(): void;
}

/**
 * Starts the timeout of one send, and passes a caller's cancel on to it. Without a caller's signal
 * (`undefined`: the caller gave none) nothing listens for one.
 */
function startDeadline(timeoutMs: number, callerSignal: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  const deadline: Deadline = {
    signal: controller.signal,
    timedOut: false,
    clear() {
      deadline.request = undefined;
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
  const timer = setTimeout(() => {
    deadline.timedOut = true;
    controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  return deadline;
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
