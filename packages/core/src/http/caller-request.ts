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
  static cancelSignal(request: Request): AbortSignal | undefined {
    return request instanceof CallerRequest ? request.#callerSignal : request.signal;
  }
}
