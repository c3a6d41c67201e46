import { addKind } from './kinds.js';
import { VendorError, type VendorErrorOptions } from './vendor-error.js';

export interface VendorHttpErrorOptions extends VendorErrorOptions {
  status: number;
  /** The vendor's request id header, when it sent one (quote it in support tickets). */
  requestId?: string;
  /** The parsed (or text) response body, with secrets scrubbed. */
  body?: unknown;
  /** Method and URL of the request, with secrets scrubbed. Headers are never kept. */
  request: { method: string; url: string };
  /** The wait the server asked for in `Retry-After`, in milliseconds, when it sent one. */
  retryAfterMs?: number;
}

/** The vendor answered with a non-success HTTP status. */
export class VendorHttpError extends VendorError {
  override name = 'VendorHttpError';
  declare readonly status: number;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly request: { method: string; url: string };
  /**
   * How long the server asked to wait before the next request (`Retry-After`, any status: a 429,
   * a 503 for maintenance), in milliseconds; `undefined` when it did not say. Set when the client
   * gave up on a wait it would not honour (longer than `retry.maxRetryAfterMs` or a timer allows).
   */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: VendorHttpErrorOptions) {
    super(message, options);
    this.requestId = options.requestId;
    this.body = options.body;
    this.request = options.request;
    this.retryAfterMs = options.retryAfterMs;
    addKind(this, 'VendorHttpError');
  }
}
