/**
 * The `Request` openapi-fetch builds for each call (its `Request` option), remembering the
 * AbortSignal the caller passed. `request.signal` itself is never absent: it follows the caller's
 * signal, or it is one that can never abort, and the two cannot be told apart. Knowing that the
 * caller gave none spares every send a listener on a signal that will not fire.
 * @internal
 */
export class CallerRequest extends Request {
  readonly #callerSignal: AbortSignal | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.#callerSignal = init?.signal ?? undefined;
  }

  /**
   * The signal that cancels `request`: the caller's own for a request openapi-fetch built,
   * `undefined` when the caller gave none; `request.signal` for any other request (one a
   * middleware made, or a clone).
   */
  static cancelSignal(request: Request | PlainRequest): AbortSignal | undefined {
    if (request instanceof PlainRequest) return request.callerSignal;
    return request instanceof CallerRequest ? request.#callerSignal : request.signal;
  }
}

/**
 * The request of a call that no middleware sees: a GET without a body, on a client the caller
 * added no middleware to (see `createApiClient`). It goes from openapi-fetch straight to the
 * client's transport, which reads its URL, method, headers, redirect mode and signal, and builds
 * the request it sends from them; a platform `Request` built here as well would be one more copy
 * of the headers and one more AbortController per call, read by nobody. The URL is parsed and
 * refused as a `Request` would refuse it. The transport sets the credentials on its headers.
 * @internal
 */
export class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly redirect: RequestRedirect;
  /** The caller's signal (`CallerRequest.cancelSignal`); `undefined`: nothing cancels the call. */
  readonly callerSignal: AbortSignal | undefined;
  readonly body = null;
  readonly bodyUsed = false;

  constructor(input: string, init: RequestInit) {
    let url: URL;
    try {
      url = new URL(input);
    } catch (cause) {
      // The platform's words, so a bad URL fails the same with or without middleware.
      throw new TypeError(`Failed to parse URL from ${input}`, { cause });
    }
    if (url.username !== '' || url.password !== '') {
      throw new TypeError(
        `Request cannot be constructed from a URL that includes credentials: ${input}`,
      );
    }
    this.url = url.href;
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.redirect = init.redirect ?? 'follow';
    this.callerSignal = init.signal ?? undefined;
  }

  /** No body: a GET. As `Request.arrayBuffer` gives for one. */
  async arrayBuffer(): Promise<ArrayBuffer> {
    return new ArrayBuffer(0);
  }
}
